-- UB-04 FL 14/15 of an inpatient stay (NUBC priority of admission, point of origin), sent in the 837I CL101/CL102
-- instead of 9 (not available), and an outpatient facility line's revenue code as the coder chose or confirmed it.
alter table coding_work_item add column admission_type varchar(1);
alter table coding_work_item add column admission_source varchar(1);
alter table work_item_line add column revenue_code varchar(4);
