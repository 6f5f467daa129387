-- HL7 v2 ADT registration (issue 21). IN1 carries no copay, coinsurance or deductible (the 271 does): a coverage
-- registered from an ADT keeps them null, "benefits unknown until verified", rather than invented amounts.
alter table coverage
    alter column copay drop not null,
    alter column coinsurance_percent drop not null,
    alter column deductible_remaining drop not null;

-- The patient's guarantor as registration sends it (ADT GT1). patient-billing owns guarantor accounts but takes no
-- guarantor data from other services yet, so it is kept here with the patient. PHI: returned by the API, never logged.
create table patient_guarantor (
    patient_id          varchar(100) primary key,
    guarantor_number    varchar(100),
    family_name         varchar(100) not null,
    given_name          varchar(100),
    birth_date          date,
    -- HL7 table 0063: the guarantor's relationship to the patient (SEL, SPO, PAR...)
    relationship_code   varchar(3),
    address_line1       varchar(200),
    address_line2       varchar(200),
    city                varchar(100),
    state               varchar(50),
    postal_code         varchar(20),
    phone               varchar(40),
    updated_at          timestamptz  not null
);
