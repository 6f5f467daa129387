-- Denials the payer gave for coding reasons (issue 15) come back to the coders' worklist as re-review items: one per
-- DenialRaised owned by coding or CDI (the event id makes a redelivery a no-op behind the inbox).
create table denial_review (
    id              bigint generated always as identity primary key,
    event_id        uuid          not null unique,
    claim_id        varchar(104)  not null,
    encounter_id    varchar(100)  not null,
    payer_id        varchar(100)  not null,
    department      varchar(20)   not null,
    category        varchar(40)   not null,
    reasons         varchar(1000) not null,
    denied_amount   numeric(12,2) not null,
    appeal_deadline date,
    next_action     varchar(400),
    status          varchar(20)   not null,
    created_at      timestamptz   not null,
    completed_by    varchar(100),
    completed_at    timestamptz,
    outcome         varchar(30),
    note            varchar(2000)
);
create index denial_review_queue on denial_review (status, appeal_deadline, created_at, id);
