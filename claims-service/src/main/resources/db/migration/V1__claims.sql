-- Join buffer: coding and eligibility results arrive on two topics in either order, possibly at the same time.
-- Both handlers upsert this one row per encounter; its row lock serializes them, so whichever comes second
-- sees both halves and creates the claim.
create table claim_intake (
    encounter_id          varchar(100) primary key,
    coded                 jsonb,
    coded_event_id        uuid,
    coded_at              timestamptz,
    eligibility_event_id  uuid,
    eligibility_at        timestamptz,
    coverage_active       boolean,
    inactive_reason       varchar(60),
    coverage_id           varchar(100),
    copay                 numeric(12,2),
    coinsurance_percent   numeric(5,2),
    deductible_remaining  numeric(12,2),
    updated_at            timestamptz  not null default now()
);

create table claim (
    claim_id                       varchar(104) primary key,
    encounter_id                   varchar(100) not null,
    patient_id                     varchar(100) not null,
    payer_id                       varchar(100) not null,
    member_id                      varchar(100) not null,
    billing_provider_npi           varchar(20)  not null,
    rendering_provider_npi         varchar(20)  not null,
    facility_id                    varchar(100) not null,
    place_of_service               varchar(10)  not null,
    date_of_service                date         not null,
    diagnosis_codes                varchar(1000) not null,
    status                         varchar(30)  not null,
    hold_reason                    varchar(30),
    hold_detail                    varchar(500),
    total_charge                   numeric(12,2),
    expected_copay                 numeric(12,2) not null,
    expected_coinsurance_percent   numeric(5,2)  not null,
    expected_deductible_remaining  numeric(12,2) not null,
    allowed_amount                 numeric(12,2),
    paid_amount                    numeric(12,2),
    patient_responsibility         numeric(12,2),
    contractual_adjustment         numeric(12,2),
    denied_amount                  numeric(12,2),
    created_at                     timestamptz  not null,
    submitted_at                   timestamptz,
    adjudicated_at                 timestamptz,
    updated_at                     timestamptz  not null,
    -- one claim per encounter, even if two handlers race past the intake check
    constraint claim_encounter_unique unique (encounter_id)
);
create index claim_status_created on claim (status, created_at);

create table claim_line (
    id                  bigint generated always as identity primary key,
    claim_id            varchar(104) not null references claim (claim_id),
    line_number         integer      not null,
    procedure_code      varchar(20)  not null,
    modifiers           varchar(100) not null,
    units               integer      not null,
    diagnosis_pointers  varchar(100) not null,
    unit_charge         numeric(12,2),
    charge              numeric(12,2),
    constraint claim_line_unique unique (claim_id, line_number)
);

-- The billers' denial work queue: one item per denied claim line.
create table denial_item (
    id              bigint generated always as identity primary key,
    event_id        uuid         not null,
    claim_id        varchar(104) not null references claim (claim_id),
    encounter_id    varchar(100) not null,
    payer_id        varchar(100) not null,
    line_number     integer      not null,
    procedure_code  varchar(20)  not null,
    group_code      varchar(10)  not null,
    reason_code     varchar(10)  not null,
    remark_codes    varchar(200) not null,
    amount          numeric(12,2) not null,
    status          varchar(20)  not null,
    created_at      timestamptz  not null,
    constraint denial_item_unique unique (event_id, line_number)
);
create index denial_item_queue on denial_item (status, created_at, id);
