-- One adjudication per claim: a claim re-sent by the provider gets the same answer, never a second remittance.
create table adjudication (
    claim_id                  varchar(64)   primary key,
    encounter_id              varchar(64)   not null,
    payer_id                  varchar(32)   not null,
    claim_status_code         varchar(2)    not null,
    total_charge              numeric(12,2) not null,
    paid_amount               numeric(12,2) not null,
    patient_responsibility    numeric(12,2) not null,
    adjudicated_at            timestamptz   not null
);
