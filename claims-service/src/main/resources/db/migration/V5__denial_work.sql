-- Denial intelligence and denial work (issue 15): each denied line keeps its classification (category, owning
-- department, avoidability, next action, appeal deadline, the rule and rule set that decided it), who works it, and
-- how it ended. Lines classified before this migration keep nulls and are classified when they are next read.
alter table denial_item
    add column category        varchar(40),
    add column department      varchar(20),
    add column avoidable       boolean,
    add column next_action     varchar(400),
    add column rule_id         varchar(80),
    add column rules_version   varchar(40),
    add column appeal_deadline date,
    add column assigned_to     varchar(100),
    add column assigned_at     timestamptz,
    add column last_action     varchar(30),
    add column resolution      varchar(30),
    add column resolved_at     timestamptz,
    add column resolved_by     varchar(100);

create index denial_item_work on denial_item (status, department, appeal_deadline, created_at, id);

-- what a denial worker wrote on an item: never logged, shown on the item and the claim's timeline
create table denial_note (
    id             bigint generated always as identity primary key,
    denial_item_id bigint        not null references denial_item (id),
    author         varchar(100)  not null,
    text           varchar(2000) not null,
    created_at     timestamptz   not null
);
create index denial_note_item on denial_note (denial_item_id, id);

-- CLM05-3 of the claim's next 837: 1 original, 7 replacement (a corrected denial), 8 void; REF*F8 then names the
-- payer's claim control number (CLP07 of the 835 that denied it).
alter table claim add column frequency_code varchar(1) not null default '1';

-- appeal letters: the PDF as sent, with the biller's argument and the deadline it was written against
create table denial_appeal (
    id              bigint generated always as identity primary key,
    claim_id        varchar(104)  not null references claim (claim_id),
    denial_event_id uuid          not null,
    argument        varchar(4000) not null,
    appeal_deadline date,
    letter          bytea         not null,
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null
);
create index denial_appeal_claim on denial_appeal (claim_id, id);
