-- The directory announces each entry (PayerDirectoryUpdated) to the stages that keep a copy; seeded rows are
-- announced at the next start.
alter table payer add column announced_at timestamptz;
