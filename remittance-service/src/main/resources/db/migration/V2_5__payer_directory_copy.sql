-- A read-only copy of the windows of eligibility-service's payer directory (PayerDirectoryUpdated, newest updatedAt
-- wins): denials get their appeal deadline from the payer's appeal window here, the rules' window until announced.
create table payer_window (
    payer_id              varchar(100) primary key,
    timely_filing_days    integer      not null,
    appeal_window_days    integer      not null,
    follow_up_days        integer      not null,
    directory_updated_at  timestamptz  not null
);
