-- Posting moves from the RemittanceReceived event to the 835 file (issue 10). CLP01 is the claim's patient control
-- number (CLM01 of the 837), so the claim copy keeps it: it is how an 835 claim payment finds its claim.
alter table submitted_claim add column patient_control_number varchar(38);
create index submitted_claim_patient_control_number on submitted_claim (patient_control_number)
    where patient_control_number is not null;

-- Every 835 file the EDI gateway handed over, accepted or rejected whole (with the SNIP findings in words).
create table remittance_file (
    file_id                     varchar(64)  primary key,
    file_name                   varchar(255) not null,
    sender_id                   varchar(20)  not null,
    interchange_control_number  varchar(9)   not null,
    status                      varchar(20)  not null check (status in ('ACCEPTED', 'REJECTED')),
    error_count                 integer      not null,
    findings                    text,
    transaction_count           integer      not null,
    claim_count                 integer      not null,
    received_at                 timestamptz  not null
);
create index remittance_file_listing on remittance_file (status, received_at desc);

-- One 835 transaction set (ST..SE): the payment (BPR), its trace (TRN) and the payer (1000A).
create table remittance_transaction (
    id                  bigint generated always as identity primary key,
    file_id             varchar(64)   not null references remittance_file (file_id),
    seq                 integer       not null,
    control_number      varchar(9),
    handling_code       varchar(2),
    payment_amount      numeric(12,2) not null,
    credit_debit        varchar(1),
    payment_method      varchar(3),
    payment_date        date,
    trace_number        varchar(50),
    trace_originator_id varchar(10),
    payer_id            varchar(80),
    payer_name          varchar(60),
    claim_count         integer       not null,
    unique (file_id, seq)
);

-- Every CLP (loop 2100) as received. POSTED: it made the claim's remittance; UNMATCHED: no claim with its patient
-- control number yet (the unmatched queue; posted when the ClaimSubmitted arrives); DUPLICATE: the claim already had
-- a remittance; REVERSAL: CLP02 22, recorded only (reversals are a later issue). content is the parsed CLP loop
-- (JSON), from which an unmatched payment is posted later with exactly the amounts received.
create table claim_payment (
    id                          bigint generated always as identity primary key,
    transaction_id              bigint        not null references remittance_transaction (id),
    seq                         integer       not null,
    patient_control_number      varchar(38)   not null,
    claim_id                    varchar(100)  references claim_match (claim_id),
    disposition                 varchar(20)   not null
        check (disposition in ('POSTED', 'UNMATCHED', 'DUPLICATE', 'REVERSAL')),
    payer_claim_control_number  varchar(50),
    claim_status_code           varchar(2)    not null,
    charge                      numeric(12,2) not null,
    paid                        numeric(12,2) not null,
    patient_responsibility      numeric(12,2) not null,
    content                     text          not null,
    received_at                 timestamptz   not null,
    matched_at                  timestamptz,
    unique (transaction_id, seq)
);
create index claim_payment_unmatched on claim_payment (patient_control_number, id) where disposition = 'UNMATCHED';
create index claim_payment_claim on claim_payment (claim_id);

-- The posted remittance now points at the claim payment it came from, with the patient-responsibility split.
alter table remittance
    add column claim_payment_id        bigint references claim_payment (id),
    add column patient_control_number  varchar(38),
    add column deductible              numeric(12,2) not null default 0,
    add column coinsurance             numeric(12,2) not null default 0,
    add column copay                   numeric(12,2) not null default 0;

-- 835 lines: REF*6R (line item control number) and SVC05 units paid; SVC01 codes and LQ remarks may be longer.
alter table remittance_line
    add column line_item_control_number  varchar(50),
    add column units_paid                numeric(12,2);
alter table remittance_line alter column procedure_code type varchar(48);
alter table remittance_remark alter column remark_code type varchar(30);

-- Claim-level CAS (loop 2100) and claim-level remarks (MOA/MIA).
create table remittance_claim_adjustment (
    id           bigint generated always as identity primary key,
    claim_id     varchar(100)  not null references remittance (claim_id),
    group_code   varchar(2)    not null check (group_code in ('CO', 'PR', 'OA', 'PI')),
    reason_code  varchar(10)   not null,
    amount       numeric(12,2) not null
);
create index remittance_claim_adjustment_claim on remittance_claim_adjustment (claim_id);

create table remittance_claim_remark (
    claim_id     varchar(100) not null references remittance (claim_id),
    seq          integer      not null,
    remark_code  varchar(50)  not null,
    primary key (claim_id, seq)
);
