-- The X12 trading loop: directories the 837 needs, patient demographics, control numbers, batches, the claim
-- timeline and the correction queue.

-- Providers that bill or render, by NPI. A person (entity type 1) may bill under their own NPI (837P); facility
-- claims (837I) are billed by the facility. NPIs are synthetic with a valid Luhn check digit.
create table billing_provider (
    npi          varchar(10)  primary key,
    entity_type  varchar(1)   not null check (entity_type in ('1', '2')),
    name         varchar(60)  not null,   -- last name of a person, else the organisation
    first_name   varchar(35),
    ein          varchar(9),
    taxonomy     varchar(10)  not null,
    line1        varchar(55)  not null,
    city         varchar(30)  not null,
    state        varchar(2)   not null,
    postal_code  varchar(9)   not null
);
insert into billing_provider values
    ('1234567893', '1', 'SYNTHETIC', 'DANA', '123456789', '207Q00000X', '100 MAIN STREET', 'SPRINGFIELD', 'IL', '627011234'),
    ('1444444446', '1', 'EXAMPLE', 'ROBIN', '123456789', '207R00000X', '100 MAIN STREET', 'SPRINGFIELD', 'IL', '627011234');

create table facility (
    facility_id  varchar(100) primary key,
    name         varchar(60)  not null,
    npi          varchar(10)  not null,
    ein          varchar(9)   not null,
    taxonomy     varchar(10)  not null,
    line1        varchar(55)  not null,
    city         varchar(30)  not null,
    state        varchar(2)   not null,
    postal_code  varchar(9)   not null
);
insert into facility values
    ('FAC-MAIN', 'REVCYCLE COMMUNITY HOSPITAL', '1555555550', '987654321', '282N00000X', '200 HOSPITAL DRIVE',
     'SPRINGFIELD', 'IL', '627025678');

-- ISA08/GS03 of a payer's 837s is its interchange id; SBR09 its claim filing indicator (CI commercial...).
create table payer (
    payer_id                varchar(80)  primary key,
    name                    varchar(60)  not null,
    interchange_id          varchar(15)  not null unique,
    claim_filing_indicator  varchar(2)   not null
);
insert into payer values
    ('SYNPAYER1', 'SYNTHETIC HEALTH PLAN', 'SYNPAYER1', 'CI'),
    ('SYNPAYER2', 'EXAMPLE MUTUAL', 'SYNPAYER2', 'CI');

-- NUBC revenue codes for institutional lines.
alter table chargemaster add column revenue_code varchar(4);
update chargemaster set revenue_code = case
    when code in ('99202', '99203', '99212', '99213', '99214', '99215') then '0510'
    when code in ('99395', '99396', 'G0438', 'G0439', '90471') then '0771'
    when code in ('36415') then '0300'
    when code in ('80053', '83036', '81002', '87880') then '0301'
    when code in ('85025') then '0305'
    when code in ('93000') then '0730'
    when code in ('71046') then '0324'
    when code in ('97110') then '0420'
    when code in ('20610', '96372') then '0510'
    when code in ('J1100', 'J3301') then '0636'
    when code in ('A4550') then '0270'
    else null end;

create sequence claim_pcn_seq minvalue 1 maxvalue 9999999999 no cycle;
create sequence isa_control_number_seq minvalue 1 maxvalue 999999999 cycle;

-- One 837 interchange: one GS (GS06 = ISA13) and one ST (0001) per payer and claim type.
create table claim_batch (
    id           bigint generated always as identity primary key,
    payer_id     varchar(80)  not null,
    receiver_id  varchar(15)  not null,
    claim_type   varchar(20)  not null,
    isa13        varchar(9)   not null unique,
    gs06         varchar(9)   not null,
    st02         varchar(9)   not null,
    file_id      varchar(64)  not null,
    claim_count  integer      not null,
    sent_at      timestamptz  not null
);
create index claim_batch_ack on claim_batch (receiver_id, gs06);

update claim set status = 'SENT' where status = 'SUBMITTED';
alter table claim
    add column claim_type              varchar(20) not null default 'PROFESSIONAL',
    add column patient_control_number  varchar(20) unique,
    add column patient_first_name      varchar(35),
    add column patient_last_name       varchar(60),
    add column patient_birth_date      date,
    add column patient_sex             varchar(1),
    add column patient_line1           varchar(55),
    add column patient_line2           varchar(55),
    add column patient_city            varchar(30),
    add column patient_state           varchar(2),
    add column patient_postal_code     varchar(15),
    add column ready_at                timestamptz,
    add column batch_id                bigint references claim_batch (id),
    add column st02                    varchar(9),
    add column payer_claim_control_number varchar(50);
-- the batcher's queue: oldest ready claims per payer and type
create index claim_ready on claim (payer_id, claim_type, ready_at) where status = 'READY';
create index claim_batch_member on claim (batch_id, st02);

-- Every state change of a claim and every acknowledgment that changed none, with its cause in words.
create table claim_timeline (
    id           bigint generated always as identity primary key,
    claim_id     varchar(104) not null references claim (claim_id),
    at           timestamptz  not null,
    from_status  varchar(30),
    to_status    varchar(30)  not null,
    cause        varchar(2000) not null,
    file_id      varchar(64),
    isa13        varchar(9)
);
create index claim_timeline_claim on claim_timeline (claim_id, id);

-- The correction queue: a rejected claim (scrub, 999, 277CA) waits here until corrected and re-sent.
create table correction_item (
    id           bigint generated always as identity primary key,
    claim_id     varchar(104) not null references claim (claim_id),
    stage        varchar(20)  not null,
    codes        varchar(1000) not null,
    reason       varchar(4000) not null,
    status       varchar(20)  not null,
    file_id      varchar(64),
    isa13        varchar(9),
    created_at   timestamptz  not null,
    resolved_at  timestamptz
);
create index correction_item_queue on correction_item (status, created_at, id);
create index correction_item_claim on correction_item (claim_id, status);
