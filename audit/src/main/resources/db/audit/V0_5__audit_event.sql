-- Shared by every service (the audit module): the PHI audit trail, append-only and hash-chained (audit/README.md).
create table audit_event (
    id              bigint generated always as identity primary key,
    recorded_at     timestamptz   not null,
    username        varchar(200),
    roles           varchar(1000),
    patient_id      varchar(200),
    resource_type   varchar(300)  not null,
    resource_id     varchar(300),
    action          varchar(10)   not null,
    http_method     varchar(10)   not null,
    path            varchar(2000) not null,
    status          integer       not null,
    source_address  varchar(100),
    observer        varchar(100)  not null,
    prev_hash       char(64)      not null,
    hash            char(64)      not null
);
create index audit_event_patient on audit_event (patient_id, recorded_at) where patient_id is not null;
create index audit_event_user on audit_event (username, recorded_at);
create index audit_event_recorded on audit_event (recorded_at);

-- Append-only: no UPDATE, DELETE or TRUNCATE, whoever asks. A superuser or the table's owner can still disable the
-- trigger; the hash chain then shows the change (GET /audit/verify). In production the services' role should not own
-- this table (docs/security.md).
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end
$$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
