-- Issue 17: second-level coding audit, coder productivity and DNFB.

-- A sampled share of finalized items (revcycle.coding.audit.sample-percent) waits for a coding auditor. The codes as
-- the coder finalized them are kept here, so a later re-coding does not change what was audited.
create table coding_audit (
    encounter_id    varchar(100) primary key references coding_work_item on delete cascade,
    coder           varchar(100) not null,
    encounter_type  varchar(30)  not null,
    coder_codes     text[]       not null,
    status          varchar(20)  not null check (status in ('PENDING', 'COMPLETED')),
    sampled_at      timestamptz  not null,
    auditor         varchar(100),
    audited_at      timestamptz,
    note            varchar(2000)
);
create index coding_audit_pending on coding_audit (status, sampled_at);

-- The auditor's verdict per code: AGREED (coder's code kept), REMOVED (coder's code the auditor took out) or ADDED
-- (a code the coder missed); the last two are disagreements.
create table coding_audit_code (
    encounter_id  varchar(100) not null references coding_audit on delete cascade,
    code          varchar(60)  not null,
    outcome       varchar(10)  not null check (outcome in ('AGREED', 'REMOVED', 'ADDED')),
    primary key (encounter_id, code)
);

-- DNFB: a coded encounter leaves the report when its claim is sent (ClaimSubmitted from claims-service).
alter table coding_work_item add column billed_at timestamptz;
create index coding_work_item_dnfb on coding_work_item (status, billed_at);
