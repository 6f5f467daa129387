-- Cycle-day groups: a run bills the group due on its date; it records which one and how many accounts belonged to
-- other groups (billed on their own days). Runs from before were of the one group of every account.
alter table statement_run add column cycle_group integer not null default 1;
alter table statement_run add column cycle_groups integer not null default 1;
alter table statement_run add column other_cycle integer not null default 0;
