-- Issue 17: FHIR intake, inpatient (facility) coding and the chart's note text.

-- A FHIR bundle posted again for the same encounter is answered from here: the same content (checksum of the
-- documentation it became) is a repeat and changes nothing, different content is a conflict.
alter table documented_encounter add column content_checksum varchar(64);

-- INPATIENT items: dateOfService is the discharge date (ICD-10-CM/PCS in force on discharge); the chart's note text
-- is shown beside the codes (never logged).
alter table coding_work_item add column admission_date date;
alter table coding_work_item add column discharge_date date;
alter table coding_work_item add column discharge_disposition varchar(2);
alter table coding_work_item add column specialty varchar(100);
alter table coding_work_item add column note_text text;
-- charges posted to the account so far (from the EHR), for the worklist's priority
alter table coding_work_item add column expected_charge numeric(12,2);
-- POA indicator of each diagnosis_codes entry, by position (Y, N, U, W, 1; null = not reported)
alter table coding_work_item add column diagnosis_poa text[] not null default '{}';

alter table work_item_diagnosis add column present_on_admission varchar(1);
alter table work_item_procedure add column code_system varchar(10);
alter table work_item_procedure add column performed_date date;

-- The current ICD-10-PCS procedures of an inpatient item, principal first (837I HI BBR/BBQ), apart from the
-- CPT/HCPCS lines.
create table work_item_icd_procedure (
    encounter_id    varchar(100) not null references coding_work_item on delete cascade,
    position        int          not null,
    procedure_code  varchar(20),            -- null while not coded yet
    performed_date  date         not null,
    primary key (encounter_id, position)
);
