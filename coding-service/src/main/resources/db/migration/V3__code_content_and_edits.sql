-- Code content by date of service (issue 4). Every load of a release file is a content_version; rows carry the
-- dates they are in force (effective_to null = open) and the release they come from, so old dates of service keep
-- the content of their time. They supersede the curated code_set of V2.
drop table code_set;

create table content_version (
    id              bigserial    primary key,
    kind            varchar(20)  not null,
    release_label   varchar(100) not null,
    effective_date  date         not null,
    checksum        varchar(64)  not null,
    origin          varchar(20)  not null,  -- SHIPPED (curated files at startup) or ADMIN (POST /admin/content)
    row_count       int          not null,
    added           int          not null,
    closed          int          not null,
    unchanged       int          not null,
    loaded_at       timestamptz  not null default now(),
    unique (kind, checksum)
);

-- ICD-10-CM, ICD-10-PCS, HCPCS Level II, CPT (licensed file only), modifiers and places of service.
create table content_code (
    id                  bigserial    primary key,
    code_system         varchar(12)  not null check (code_system in ('ICD10CM', 'ICD10PCS', 'HCPCS', 'CPT', 'MODIFIER', 'POS')),
    code                varchar(8)   not null,
    -- false for ICD-10-CM/PCS header codes (order file flag 0): valid in the classification, not on a claim
    billable            boolean      not null,
    short_description   varchar(200),
    long_description    text,
    -- Medicare Code Editor attributes (ICD-10-CM only): sex M/F, age group, manifestation (never first-listed)
    mce_sex             char(1)      check (mce_sex in ('M', 'F')),
    mce_age             varchar(12)  check (mce_age in ('NEWBORN', 'PEDIATRIC', 'MATERNITY', 'ADULT')),
    manifestation       boolean      not null default false,
    effective_from      date         not null,
    effective_to        date,
    source_release      varchar(120) not null,
    content_version_id  bigint       not null references content_version,
    search              tsvector generated always as (to_tsvector('english',
                            coalesce(long_description, '') || ' ' || coalesce(short_description, ''))) stored
);
create index content_code_lookup on content_code (code_system, code, effective_from);
create index content_code_open on content_code (code_system) where effective_to is null;
create index content_code_search on content_code using gin (search);

-- NCCI procedure-to-procedure edits (practitioner): column 2 is not paid with column 1 on the same date of service
-- unless the modifier indicator is 1 and an NCCI-associated modifier shows the services were distinct.
create table ncci_ptp_edit (
    id                  bigserial    primary key,
    column1             varchar(5)   not null,
    column2             varchar(5)   not null,
    prior_1996          boolean      not null,
    effective_from      date         not null,
    -- the last date of service the edit applies to: the file's deletion date - 1 day (null = not deleted)
    effective_to        date,
    modifier_indicator  char(1)      not null check (modifier_indicator in ('0', '1', '9')),
    rationale           text,
    source_release      varchar(120) not null,
    content_version_id  bigint       not null references content_version
);
create index ncci_ptp_edit_pair on ncci_ptp_edit (column1, column2, effective_from);

-- Medically unlikely edits (practitioner services): most units of a code per line or per date of service.
create table mue_limit (
    id                      bigserial    primary key,
    code                    varchar(5)   not null,
    units                   int          not null,
    adjudication_indicator  smallint     not null check (adjudication_indicator in (1, 2, 3)),
    indicator_text          varchar(60)  not null,
    rationale               text,
    effective_from          date         not null,
    effective_to            date,
    source_release          varchar(120) not null,
    content_version_id      bigint       not null references content_version
);
create index mue_limit_code on mue_limit (code, effective_from);

-- The patient facts the edits need (MCE sex and age edits); names and birth dates are still not kept.
alter table coding_work_item add column patient_sex varchar(1);
alter table coding_work_item add column patient_age int;

-- The edits' findings on the current codes (replaced on every check).
create table work_item_finding (
    encounter_id     varchar(100) not null references coding_work_item on delete cascade,
    position         int          not null,
    finding_id       varchar(200) not null,
    rule_id          varchar(40)  not null,
    severity         varchar(10)  not null check (severity in ('ERROR', 'WARNING')),
    message          text         not null,
    codes            text[]       not null,
    line_numbers     int[]        not null,
    content_version  varchar(40)  not null,
    primary key (encounter_id, position)
);

-- Warnings a coder overrode when finalizing: who, when and why (errors cannot be overridden).
create table work_item_override (
    encounter_id     varchar(100) not null references coding_work_item on delete cascade,
    position         int          not null,
    finding_id       varchar(200) not null,
    rule_id          varchar(40)  not null,
    severity         varchar(10)  not null,
    message          text         not null,
    codes            text[]       not null,
    line_numbers     int[]        not null,
    reason           text         not null,
    overridden_by    varchar(100) not null,
    overridden_at    timestamptz  not null,
    primary key (encounter_id, position)
);
