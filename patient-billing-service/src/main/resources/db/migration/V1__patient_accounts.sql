-- One account per patient, created on first use. The row is locked while its balance changes.
create table patient_account (
    patient_id  varchar(100)  primary key,
    balance     numeric(12,2) not null check (balance >= 0),
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null
);
create index patient_account_balance on patient_account (balance);

-- One row per patient share (PR adjustment) of an adjudicated claim.
create table account_line (
    id              bigint generated always as identity primary key,
    patient_id      varchar(100)  not null references patient_account (patient_id),
    claim_id        varchar(100)  not null,
    encounter_id    varchar(100)  not null,
    line_number     integer       not null,
    procedure_code  varchar(20)   not null,
    reason_code     varchar(10)   not null,
    reason          varchar(60)   not null,
    amount          numeric(12,2) not null,
    posted_at       timestamptz   not null
);
create index account_line_patient on account_line (patient_id);

-- Every adjudicated claim seen, once (primary key): a claim is posted to an account at most once, whatever event
-- id announces it. Claims without patient responsibility are remembered with posted = false.
create table claim_posting (
    claim_id      varchar(100)  primary key,
    patient_id    varchar(100)  not null,
    encounter_id  varchar(100)  not null,
    event_id      uuid          not null,
    amount        numeric(12,2) not null,
    posted        boolean       not null,
    received_at   timestamptz   not null
);

create table patient_payment (
    id             uuid          primary key,
    patient_id     varchar(100)  not null references patient_account (patient_id),
    amount         numeric(12,2) not null check (amount > 0),
    method         varchar(20)   not null,
    reference      varchar(100),
    balance_after  numeric(12,2) not null,
    received_at    timestamptz   not null,
    unique (patient_id, reference)
);
