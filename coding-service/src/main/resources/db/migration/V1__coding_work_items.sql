-- Every encounter this service has been told about (REST or EHR topic): a second POST of the same id is a conflict.
create table documented_encounter (
    encounter_id   varchar(100) primary key,
    source         varchar(100) not null,
    event_id       uuid         not null,
    documented_at  timestamptz  not null default now()
);

-- One coding work item per encounter. Patient names and birth dates are not kept: coding does not need them.
create table coding_work_item (
    encounter_id            varchar(100) primary key,
    source                  varchar(100) not null,
    patient_id              varchar(100) not null,
    rendering_provider_npi  varchar(10)  not null,
    billing_provider_npi    varchar(10)  not null,
    facility_id             varchar(100) not null,
    place_of_service        varchar(2)   not null,
    payer_id                varchar(100) not null,
    member_id               varchar(100) not null,
    date_of_service         date         not null,
    status                  varchar(20)  not null check (status in ('NEEDS_REVIEW', 'CODED')),
    -- current ICD-10-CM codes, first-listed first; an element is null while the diagnosis has no code
    diagnosis_codes         text[]       not null,
    issues                  text[]       not null,
    finalized_by            varchar(100),
    finalized_at            timestamptz,
    content_version         varchar(40)  not null,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null
);
create index coding_work_item_status on coding_work_item (status, created_at);

-- What the provider documented, kept unchanged for the coder to read.
create table work_item_diagnosis (
    encounter_id     varchar(100) not null references coding_work_item on delete cascade,
    position         int          not null,
    sequence         int          not null,
    description      text         not null,
    documented_code  varchar(20),
    primary key (encounter_id, position)
);

create table work_item_procedure (
    encounter_id          varchar(100) not null references coding_work_item on delete cascade,
    position              int          not null,
    line_number           int          not null,
    description           text         not null,
    documented_code       varchar(20),
    documented_modifiers  text[]       not null,
    units                 int          not null,
    diagnosis_sequences   int[]        not null,
    primary key (encounter_id, position)
);

-- The current coded lines (replaced as a whole by a coder).
create table work_item_line (
    encounter_id        varchar(100) not null references coding_work_item on delete cascade,
    position            int          not null,
    line_number         int          not null,
    procedure_code      varchar(20),
    modifiers           text[]       not null,
    units               int          not null,
    diagnosis_pointers  int[]        not null,
    primary key (encounter_id, position)
);
