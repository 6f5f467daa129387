-- The chargemaster's version: every statement that changes the chargemaster (the API, a seed, a hand-made fix)
-- sets it to a new sequence value, which is never reused even when the change rolls back. Each instance keeps the
-- chargemaster in memory and rereads it only when this number moved (service/Chargemaster).
create sequence chargemaster_version_seq;

create table chargemaster_version (
    id       int     primary key check (id = 1),
    version  bigint  not null
);

insert into chargemaster_version (id, version) values (1, nextval('chargemaster_version_seq'));

create function chargemaster_changed() returns trigger language plpgsql as $$
begin
    update chargemaster_version set version = nextval('chargemaster_version_seq') where id = 1;
    return null;
end
$$;

create trigger chargemaster_changed after insert or update or delete or truncate on chargemaster
    for each statement execute function chargemaster_changed();
