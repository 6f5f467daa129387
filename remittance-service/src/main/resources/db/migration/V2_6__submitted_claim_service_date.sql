-- The claim's date of service and rendering provider (from ClaimSubmitted), carried on ClaimAdjudicated so the
-- patient's statement shows them per encounter; null on claims recorded before.
alter table submitted_claim add column date_of_service date;
alter table submitted_claim add column rendering_provider_npi varchar(20);
