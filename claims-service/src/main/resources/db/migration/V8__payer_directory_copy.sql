-- The payer directory lives in eligibility-service (one source of truth); this table becomes its read-only copy,
-- kept from PayerDirectoryUpdated (newest updatedAt wins). The two seeded rows of V3 stand until the directory
-- announces them; the windows stay null until then (no follow-up is due on a payer whose window is unknown).
alter table payer alter column payer_id type varchar(100);
alter table payer add column gateway_route varchar(16);
alter table payer add column timely_filing_days integer;
alter table payer add column appeal_window_days integer;
alter table payer add column follow_up_days integer;
alter table payer add column acknowledge_only boolean not null default false;
alter table payer add column directory_updated_at timestamptz;
