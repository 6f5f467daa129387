-- Coverage registry (issue 16): what a coordination-of-benefits decision needs per coverage. Existing rows are the
-- patient's own commercial plans with no declared priority, which is what they were taken to be before.
alter table coverage
    add column group_id                 varchar(50),
    add column insurance_type           varchar(16)  not null default 'COMMERCIAL',
    -- X12 individual relationship code of the patient to the subscriber: 18 self, 01 spouse, 19 child, G8 other
    add column relationship_code        varchar(2)   not null default '18',
    -- PHI (subscriber name and birth date, for the birthday rule): returned by the API, never logged
    add column subscriber_first_name    varchar(60),
    add column subscriber_last_name     varchar(60),
    add column subscriber_birth_date    date,
    -- priority declared at registration (e.g. HL7 IN1-22); null = the COB rules decide
    add column declared_priority        integer      check (declared_priority between 1 and 11),
    add constraint coverage_insurance_type check (insurance_type in ('COMMERCIAL', 'MEDICARE', 'MEDICAID', 'TRICARE', 'OTHER')),
    add constraint coverage_relationship check (relationship_code in ('18', '01', '19', 'G8'));

-- Medicare Secondary Payer answers recorded at registration (CMS MSP questionnaire, the parts that set the order).
create table msp_answers (
    patient_id                   varchar(100) primary key,
    entitlement                  varchar(16)  not null check (entitlement in ('AGE', 'DISABILITY', 'ESRD')),
    group_plan_current_employment boolean     not null,
    employer_size                integer      check (employer_size >= 0),
    esrd_coordination_period     boolean      not null,
    answered_by                  varchar(100) not null,
    answered_at                  timestamptz  not null
);

-- Payer directory: who the payers are, how they are reached, and the settings later stages use.
create table payer (
    payer_id                varchar(100) primary key,
    name                    varchar(200) not null,
    interchange_id          varchar(15)  not null,
    gateway_route           varchar(16)  not null check (gateway_route in ('EDI_GATEWAY', 'OFFLINE')),
    real_time_eligibility   boolean      not null,
    claim_filing_indicator  varchar(2)   not null,
    timely_filing_days      integer      not null check (timely_filing_days > 0),
    appeal_window_days      integer      not null check (appeal_window_days > 0),
    follow_up_days          integer      not null check (follow_up_days > 0),
    acknowledge_only        boolean      not null,
    updated_by              varchar(100) not null,
    updated_at              timestamptz  not null
);

-- The synthetic trading partners of the local stack (payer-simulator, claims-service's directory).
insert into payer values
    ('SYNPAYER1', 'SYNTHETIC HEALTH PLAN', 'SYNPAYER1', 'EDI_GATEWAY', true, 'CI', 90, 60, 30, false, 'seed', now()),
    ('SYNPAYER2', 'EXAMPLE MUTUAL', 'SYNPAYER2', 'EDI_GATEWAY', true, 'CI', 180, 120, 30, false, 'seed', now());
