-- The claim's date of service and rendering provider (ClaimAdjudicated carries them from the submitted claim): the
-- statement shows them per encounter; null for claims adjudicated before, which show the date first billed.
alter table claim_posting add column date_of_service date;
alter table claim_posting add column rendering_provider_npi varchar(20);
