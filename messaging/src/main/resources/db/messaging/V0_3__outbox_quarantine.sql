-- A row the relay cannot publish for a reason retrying will not fix (it cannot be serialized, it is larger than the
-- topic allows) is set aside with the reason, so the rows after it flow; later rows of the same topic and key wait
-- behind it (per-key order), until an operator deals with it (GET /admin/outbox/quarantine).
alter table outbox_message add column quarantined_at timestamptz;
alter table outbox_message add column quarantine_reason varchar(500);
create index outbox_message_quarantined on outbox_message (topic, message_key)
    where quarantined_at is not null and published_at is null;

-- the relay forgets processed event ids after revcycle.messaging.inbox.retention (30 days)
create index processed_event_age on processed_event (processed_at);
