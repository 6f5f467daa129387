-- Coordination of benefits (issue 16): the payers after the claim's own (the primary) in the patient's order of
-- benefits, from EligibilityVerified. After the primary's 835 is posted, the next payer's leg gets its own 837 (its own
-- CLM01, so its 999/277CA/835 never move the primary's claim) with the primary's adjudication in 2320/2330/2430.
create table claim_payer_leg (
    claim_id               varchar(104) not null,
    position               int          not null,
    payer_responsibility   varchar(1)   not null,
    payer_id               varchar(100) not null,
    coverage_id            varchar(100),
    plan_name              varchar(200),
    group_id               varchar(50),
    insurance_type         varchar(30),
    relationship_code      varchar(2)   not null,
    -- PHI: never logged
    member_id              varchar(80)  not null,
    subscriber_first_name  varchar(100),
    subscriber_last_name   varchar(100),
    -- WAITING for the payer before it, SENT, ACKNOWLEDGED (999), ACCEPTED (277CA), REJECTED (999 or 277CA, see
    -- reason), ADJUDICATED, NOT_NEEDED (nothing left to pay), NOT_SENT (see reason)
    status                 varchar(20)  not null,
    status_reason          varchar(1000),
    patient_control_number varchar(20) unique,
    remaining_balance      numeric(12,2),
    isa13                  varchar(9),
    file_id                varchar(200),
    sent_at                timestamptz,
    payer_claim_control_number varchar(50),
    paid_amount            numeric(12,2),
    patient_responsibility numeric(12,2),
    adjudicated_at         timestamptz,
    primary key (claim_id, position)
);
