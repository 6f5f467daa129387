-- The gateway's EdiFile maps sha256 as a String (varchar) while its migration made it char(64); Hibernate's schema
-- validation refuses the service's start-up over it. Same 64 hex characters, the type the entity expects.
-- (Belongs in edi-gateway; kept here until the gateway's mapping or migration is aligned.)
alter table edi_file alter column sha256 type varchar(64);
