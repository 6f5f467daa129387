-- Pooled ids for the tables a transaction inserts many rows into (docs/performance.md, change 15; pool_ids is
-- messaging's V0_7).
select pool_ids('eligibility_benefit');
