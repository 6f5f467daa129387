-- The EDI gateway's edi_file.sha256 is char(64) while its entity maps a varchar: Hibernate's schema validation
-- (strategy validate) refuses to start. Same length, same content; harmless if the gateway later fixes it itself.
alter table edi_file alter column sha256 type varchar(64);
