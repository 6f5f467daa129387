-- Pooled ids for the tables a transaction inserts many rows into (docs/performance.md, change 15; pool_ids is
-- messaging's V0_7).
select pool_ids('remittance');
select pool_ids('remittance_line');
select pool_ids('remittance_adjustment');
select pool_ids('remittance_claim_adjustment');
select pool_ids('submitted_claim_line');
select pool_ids('claim_payment');
