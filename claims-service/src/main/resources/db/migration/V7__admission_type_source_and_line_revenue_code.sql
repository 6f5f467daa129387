-- Issue 17: an inpatient stay's NUBC admission type and point of origin (UB-04 FL 14/15, 837I CL101/CL102; null =
-- not given, sent as 9) and the revenue code coding chose or confirmed for an outpatient facility line (null = the
-- chargemaster's).
alter table claim add column admission_type varchar(1);
alter table claim add column admission_source varchar(1);
alter table claim_line add column revenue_code varchar(4);
