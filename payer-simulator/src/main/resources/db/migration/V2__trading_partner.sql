-- The simulator now reads 837 files and answers with 999/277CA/835 files; the old per-event answers are gone.
drop table if exists adjudication;

-- Payers the simulator plays, with the contract terms it pays by.
create table payer (
    payer_id               varchar(32)   primary key,
    name                   varchar(60)   not null,
    isa_id                 varchar(15)   not null unique,
    tax_id                 varchar(9)    not null,
    allowed_percent        numeric(5,2)  not null check (allowed_percent between 0 and 100),
    acknowledge_only       boolean       not null default false,
    payment_method         varchar(3)    not null check (payment_method in ('ACH', 'CHK')),
    -- 0: every cycle of revcycle.payer.payment-cycle; otherwise at most one 835 per provider in this many seconds
    payment_cycle_seconds  integer       not null default 0 check (payment_cycle_seconds >= 0),
    contact_name           varchar(60)   not null,
    contact_phone          varchar(20)   not null,
    address_line           varchar(55)   not null,
    city                   varchar(30)   not null,
    state                  varchar(2)    not null,
    postal_code            varchar(15)   not null,
    last_remittance_at     timestamptz
);

create table plan (
    plan_id                varchar(40)   primary key,
    payer_id               varchar(32)   not null references payer (payer_id),
    name                   varchar(60)   not null,
    claim_filing_indicator varchar(2)    not null default '12',
    copay                  numeric(12,2) not null check (copay >= 0),
    coinsurance_percent    numeric(5,2)  not null check (coinsurance_percent between 0 and 100),
    annual_deductible      numeric(12,2) not null check (annual_deductible >= 0),
    out_of_pocket_max      numeric(12,2) not null check (out_of_pocket_max >= 0)
);

create table member (
    id                     bigint generated always as identity primary key,
    payer_id               varchar(32)   not null references payer (payer_id),
    member_id              varchar(80)   not null,
    plan_id                varchar(40)   not null references plan (plan_id),
    last_name              varchar(60)   not null,
    first_name             varchar(35),
    birth_date             date,
    sex                    varchar(1),
    effective_date         date          not null,
    termination_date       date,
    unique (payer_id, member_id)
);

-- A member's deductible and out-of-pocket spent in a plan year; updated under a row lock while adjudicating.
create table accumulator (
    id                     bigint generated always as identity primary key,
    payer_id               varchar(32)   not null,
    member_id              varchar(80)   not null,
    plan_id                varchar(40)   not null references plan (plan_id),
    plan_year              integer       not null,
    deductible_met         numeric(12,2) not null default 0,
    out_of_pocket_met      numeric(12,2) not null default 0,
    unique (payer_id, member_id, plan_id, plan_year)
);

create table fee_schedule (
    id                     bigint generated always as identity primary key,
    payer_id               varchar(32)   not null references payer (payer_id),
    procedure_code         varchar(48)   not null,
    allowed_amount         numeric(12,2) not null check (allowed_amount >= 0),
    unique (payer_id, procedure_code)
);

create table denial_rule (
    id                     bigint generated always as identity primary key,
    payer_id               varchar(32)   not null references payer (payer_id),
    procedure_code         varchar(48)   not null,
    group_code             varchar(2)    not null check (group_code in ('CO', 'PR', 'OA', 'PI')),
    reason_code            varchar(5)    not null,
    remark_code            varchar(5),
    unique (payer_id, procedure_code)
);

-- Every claim the simulator received and how it answered (one row per arrival).
create table received_claim (
    id                          bigint generated always as identity primary key,
    payer_id                    varchar(32),
    patient_control_number      varchar(38)   not null,
    claim_type                  varchar(5)    not null,
    file_id                     varchar(64)   not null,
    interchange_control_number  varchar(9)    not null,
    group_control_number        varchar(9)    not null,
    transaction_control_number  varchar(9)    not null,
    submitter_isa_id            varchar(15)   not null,
    member_id                   varchar(80),
    patient_last_name           varchar(60),
    patient_first_name          varchar(35),
    billing_npi                 varchar(80),
    billing_name                varchar(60),
    facility_code               varchar(2),
    frequency_code              varchar(1),
    total_charge                numeric(12,2) not null,
    service_from                date,
    service_to                  date,
    status                      varchar(10)   not null check (status in ('ACCEPTED', 'REJECTED')),
    status_category             varchar(3)    not null,
    status_code                 varchar(5)    not null,
    status_entity               varchar(3),
    reason                      varchar(200)  not null,
    payer_claim_control_number  varchar(30),
    -- a re-arrival of a claim accepted before: answered with that acceptance, never paid again
    duplicate_of                bigint references received_claim (id),
    claim_status_code           varchar(2),
    claim_filing_indicator      varchar(2),
    allowed_amount              numeric(12,2),
    paid_amount                 numeric(12,2),
    patient_responsibility      numeric(12,2),
    remittance_status           varchar(10)   not null check (remittance_status in ('NONE', 'QUEUED', 'SENT', 'ACK_ONLY')),
    remittance_file_id          varchar(64),
    remittance_trace_number     varchar(50),
    ack_file_id                 varchar(64),
    received_at                 timestamptz   not null
);
create unique index received_claim_paid_once on received_claim (payer_id, patient_control_number)
    where status = 'ACCEPTED' and duplicate_of is null;
create index received_claim_queue on received_claim (payer_id) where remittance_status = 'QUEUED';
create index received_claim_pcn on received_claim (patient_control_number);

create table received_claim_line (
    id                        bigint generated always as identity primary key,
    claim_id                  bigint        not null references received_claim (id),
    line_number               integer       not null,
    line_item_control_number  varchar(50),
    procedure_qualifier       varchar(2),
    procedure_code            varchar(48),
    modifiers                 varchar(20),
    revenue_code              varchar(48),
    charge                    numeric(12,2) not null,
    units                     numeric(15,3),
    service_date              date,
    service_end               date,
    allowed_amount            numeric(12,2),
    paid_amount               numeric(12,2),
    -- GROUP-CARC=amount;... in benefit order, e.g. CO-45=37.00;PR-1=50.00
    adjustments               varchar(200),
    remark_code               varchar(5),
    unique (claim_id, line_number)
);

-- ISA13, GS06 of every file the simulator writes; payer claim control numbers; 835 trace numbers.
create sequence payer_control_number maxvalue 999999999 cycle;
create sequence payer_claim_control_number;
create sequence remittance_trace_number;
