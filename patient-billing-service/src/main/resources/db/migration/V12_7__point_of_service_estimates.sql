-- Point-of-service collection (issues 16 and 18): eligibility-service's estimate of an encounter's patient share
-- (PatientEstimated, the newest per encounter) and the payments taken against it before the payer adjudicates. The
-- money itself is in the ledger (a PATIENT_PAYMENT on the encounter); these rows say what was estimated and collected.
create table encounter_estimate (
    encounter_id           varchar(100)  primary key,
    patient_id             varchar(100)  not null,
    payer_id               varchar(100)  not null,
    check_id               varchar(100)  not null,
    expected_allowed       numeric(12,2) not null,
    deductible             numeric(12,2) not null,
    copay                  numeric(12,2) not null,
    coinsurance            numeric(12,2) not null,
    patient_share          numeric(12,2) not null,
    expected_payer_payment numeric(12,2) not null,
    estimated_at           timestamptz   not null,
    event_id               uuid          not null
);

create table point_of_service_payment (
    payment_id      uuid          primary key, -- the patient_payment it is (same id)
    encounter_id    varchar(100)  not null references encounter_estimate (encounter_id),
    estimated_share numeric(12,2) not null,
    received_at     timestamptz   not null
);
create index point_of_service_payment_encounter on point_of_service_payment (encounter_id);
