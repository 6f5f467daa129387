-- Issue 17: inpatient (facility) claims on an 837I, type of bill 0111. The stay, the discharge status, the POA
-- indicators (one character per diagnosis, '-' where none was reported) and the ICD-10-PCS procedures
-- (CODE:YYYY-MM-DD, principal first) are what the 837I's CL1, DTP*434/435 and HI segments carry.
alter table claim add column admission_date date;
alter table claim add column discharge_date date;
alter table claim add column discharge_disposition varchar(2);
alter table claim add column diagnosis_poa varchar(40);
alter table claim add column icd_procedures varchar(600);

-- A day of room and board (NUBC revenue code 0120, semi-private two beds): inpatient claims bill it per day of stay.
-- The code is the provider's own chargemaster code, not a HCPCS code; accommodation lines carry no SV202.
insert into chargemaster (code, effective_from, charge_per_unit, description, revenue_code) values
    ('RB-SEMIPRIVATE', date '2020-01-01', 2400.00, 'Room and board, semi-private, per day', '0120');
