-- 270 out / 271 in (issue 16). A check is now PENDING while its 270 waits for the 271, and may end UNVERIFIED (no
-- answer in time, or the payer could not answer). Real-time checks from registration have no encounter.
alter table eligibility_check
    alter column encounter_id drop not null,
    alter column verified_event_id drop not null,
    add column check_id                 varchar(40),
    add column service_type             varchar(2),
    add column source                   varchar(16) not null default 'ON_FILE',
    add column inquiry_file_id          varchar(100),
    add column inquiry_sent_at          timestamptz,
    add column answered_at              timestamptz,
    add column rejection_code           varchar(3),
    add column out_of_pocket_remaining  numeric(12,2),
    drop constraint eligibility_check_reason,
    add constraint eligibility_check_reason check ((result in ('ACTIVE', 'PENDING')) = (reason is null)),
    add constraint eligibility_check_source check (source in ('ON_FILE', 'PAYER_271', 'CACHED_271'));
update eligibility_check set check_id = 'CHK-' || id where check_id is null;
alter table eligibility_check alter column check_id set not null;
alter table eligibility_check add constraint eligibility_check_check_id unique (check_id);
create index eligibility_check_pending on eligibility_check (inquiry_sent_at) where result = 'PENDING';
create index eligibility_check_member on eligibility_check (payer_id, member_id, date_of_service);

-- The cost-sharing benefits of a 271 answer (EB01 A/B/C/G) as the payer stated them.
create table eligibility_benefit (
    id              bigint generated always as identity primary key,
    eligibility_check_id bigint   not null references eligibility_check (id) on delete cascade,
    kind            varchar(16)   not null,
    coverage_level  varchar(3),
    service_types   varchar(200)  not null,
    time_period     varchar(2),
    network         varchar(8)    not null,
    amount          numeric(12,2),
    percent         numeric(5,2)
);
create index eligibility_benefit_check on eligibility_benefit (eligibility_check_id);

-- ISA13/GS06 of the 270 files this service sends (its own sender id, so no overlap with claims-service's numbers)
create sequence eligibility_isa_seq start with 1 maxvalue 999999999 cycle;

-- Real-time 270s are switched on per payer in the directory; the seeded payers start with the coverages on file.
update payer set real_time_eligibility = false, updated_by = 'V3', updated_at = now()
    where payer_id in ('SYNPAYER1', 'SYNPAYER2') and updated_by = 'seed';
