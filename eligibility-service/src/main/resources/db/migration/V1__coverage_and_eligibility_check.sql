-- Coverages on file: one row per member plan period. effective_to null = open-ended.
create table coverage (
    coverage_id           varchar(64)   primary key,
    patient_id            varchar(100)  not null,
    payer_id              varchar(100)  not null,
    payer_name            varchar(200),
    member_id             varchar(100)  not null,
    plan_name             varchar(200)  not null,
    effective_from        date          not null,
    effective_to          date,
    copay                 numeric(12,2) not null check (copay >= 0),
    coinsurance_percent   numeric(5,2)  not null check (coinsurance_percent between 0 and 100),
    deductible_remaining  numeric(12,2) not null check (deductible_remaining >= 0),
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    constraint coverage_period check (effective_to is null or effective_to >= effective_from)
);
create index coverage_payer_member on coverage (payer_id, member_id);
create index coverage_patient on coverage (patient_id);

-- One eligibility check per encounter, with the benefits as they were published in EligibilityVerified.
create table eligibility_check (
    id                    bigint generated always as identity primary key,
    encounter_id          varchar(100)  not null unique,
    patient_id            varchar(100)  not null,
    payer_id              varchar(100)  not null,
    member_id             varchar(100)  not null,
    date_of_service       date          not null,
    result                varchar(16)   not null,
    reason                varchar(32),
    coverage_id           varchar(64),
    plan_name             varchar(200),
    copay                 numeric(12,2) not null,
    coinsurance_percent   numeric(5,2)  not null,
    deductible_remaining  numeric(12,2) not null,
    verified_event_id     uuid          not null,
    checked_at            timestamptz   not null,
    constraint eligibility_check_reason check ((result = 'ACTIVE') = (reason is null))
);
