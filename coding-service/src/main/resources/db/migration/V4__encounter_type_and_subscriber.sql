-- The encounter type decides the claim form (837P or 837I). Names, birth date and address travel on to billing in
-- EncounterCoded for the claim's subscriber loop; older work items have none (their claims fail scrubbing with that
-- reason instead of going out incomplete).
alter table coding_work_item add column encounter_type varchar(30) not null default 'PROFESSIONAL';
alter table coding_work_item add column patient_first_name varchar(100);
alter table coding_work_item add column patient_last_name varchar(100);
alter table coding_work_item add column patient_date_of_birth date;
alter table coding_work_item add column patient_address_line1 varchar(55);
alter table coding_work_item add column patient_address_line2 varchar(55);
alter table coding_work_item add column patient_city varchar(30);
alter table coding_work_item add column patient_state varchar(2);
alter table coding_work_item add column patient_postal_code varchar(10);
