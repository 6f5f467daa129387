-- One row per claim, upserted (insert ... on conflict do update) by both the ClaimSubmitted and the
-- RemittanceReceived handler: its row lock serializes the two halves of the join, whichever topic delivers first.
create table claim_match (
    claim_id                varchar(100) primary key,
    claim_received_at       timestamptz,
    remittance_received_at  timestamptz,
    posted_at               timestamptz
);

-- Our own copy of each submitted claim: the remittance does not name the patient.
create table submitted_claim (
    claim_id      varchar(100)  primary key references claim_match (claim_id),
    encounter_id  varchar(100)  not null,
    patient_id    varchar(100)  not null,
    payer_id      varchar(50)   not null,
    total_charge  numeric(12,2) not null,
    received_at   timestamptz   not null
);

create table submitted_claim_line (
    id              bigint generated always as identity primary key,
    claim_id        varchar(100)  not null references submitted_claim (claim_id),
    line_number     integer       not null,
    procedure_code  varchar(20)   not null,
    units           integer       not null,
    charge          numeric(12,2) not null,
    unique (claim_id, line_number)
);

-- The first remittance of a claim; its primary key allows one posting per claim. Amounts are computed on receipt,
-- posted_at is set once the claim is known too.
create table remittance (
    claim_id                    varchar(100)  primary key references claim_match (claim_id),
    event_id                    uuid          not null unique,
    encounter_id                varchar(100)  not null,
    payer_id                    varchar(50)   not null,
    payer_claim_control_number  varchar(50)   not null,
    claim_status_code           varchar(2)    not null,
    outcome                     varchar(20)   not null check (outcome in ('PAID', 'PARTIALLY_DENIED', 'DENIED')),
    total_charge                numeric(12,2) not null,
    allowed_amount              numeric(12,2) not null,
    paid_amount                 numeric(12,2) not null,
    patient_responsibility      numeric(12,2) not null,
    contractual_adjustment      numeric(12,2) not null,
    denied_amount               numeric(12,2) not null,
    received_at                 timestamptz   not null,
    posted_at                   timestamptz
);
create index remittance_outcome on remittance (outcome) where posted_at is not null;

create table remittance_line (
    id              bigint generated always as identity primary key,
    claim_id        varchar(100)  not null references remittance (claim_id),
    line_number     integer       not null,
    procedure_code  varchar(20)   not null,
    charge          numeric(12,2) not null,
    allowed         numeric(12,2) not null,
    paid            numeric(12,2) not null,
    denied          boolean       not null,
    unique (claim_id, line_number)
);

-- CAS segments of a line
create table remittance_adjustment (
    id           bigint generated always as identity primary key,
    line_id      bigint        not null references remittance_line (id),
    group_code   varchar(2)    not null check (group_code in ('CO', 'PR', 'OA', 'PI')),
    reason_code  varchar(10)   not null,
    amount       numeric(12,2) not null
);
create index remittance_adjustment_line on remittance_adjustment (line_id);

-- RARC remarks of a line, in the payer's order
create table remittance_remark (
    line_id      bigint      not null references remittance_line (id),
    seq          integer     not null,
    remark_code  varchar(10) not null,
    primary key (line_id, seq)
);

-- Later remittances for a claim that already has one: kept for follow-up, never posted.
create table duplicate_remittance (
    event_id                    uuid          primary key,
    claim_id                    varchar(100)  not null references claim_match (claim_id),
    payer_claim_control_number  varchar(50)   not null,
    claim_status_code           varchar(2)    not null,
    paid_amount                 numeric(12,2) not null,
    received_at                 timestamptz   not null
);
create index duplicate_remittance_claim on duplicate_remittance (claim_id);
