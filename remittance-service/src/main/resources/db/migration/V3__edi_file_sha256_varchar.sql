-- The EDI gateway's entity maps edi_file.sha256 as a String (varchar) while its migration (db/edi V0_2) declares
-- char(64); Hibernate's schema validation refuses the mismatch at start-up. varchar(64) holds the same 64 hex
-- characters and keeps the take-once index. Drop this when the gateway's own migration changes the column.
alter table edi_file alter column sha256 type varchar(64);
