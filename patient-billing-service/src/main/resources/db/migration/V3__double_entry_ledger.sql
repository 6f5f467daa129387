-- Issue 18: a double-entry ledger per guarantor account. A guarantor account holds one or more patients (a patient
-- is their own guarantor until linked to another account); balances are no longer stored but summed from entries.

create table guarantor_account (
    account_id  varchar(100) primary key,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);

alter table patient_account add column guarantor_account_id varchar(100);
insert into guarantor_account (account_id, created_at, updated_at)
    select patient_id, created_at, updated_at from patient_account;
update patient_account set guarantor_account_id = patient_id;
alter table patient_account alter column guarantor_account_id set not null;
alter table patient_account add constraint patient_account_guarantor
    foreign key (guarantor_account_id) references guarantor_account (account_id);
create index patient_account_guarantor on patient_account (guarantor_account_id);

-- One row per side of a posting: debits positive, credits negative; a posting's rows add up to zero (checked at
-- commit by the constraint trigger below). Rows are never changed: a correction is a new posting.
create table ledger_entry (
    id              bigint generated always as identity primary key,
    posting_id      uuid          not null,
    posting_kind    varchar(30)   not null,
    account_id      varchar(100)  not null references guarantor_account (account_id),
    entry_type      varchar(40)   not null,
    ledger          varchar(20)   not null,
    patient_id      varchar(100)  not null,
    -- null: a patient credit not allocated to an encounter
    encounter_id    varchar(100),
    claim_id        varchar(100),
    line_number     integer,
    procedure_code  varchar(20),
    reason_code     varchar(10),
    reference       varchar(100),
    amount          numeric(12,2) not null,
    posted_at       timestamptz   not null
);
create index ledger_entry_account on ledger_entry (account_id, id);
create index ledger_entry_patient on ledger_entry (patient_id);
create index ledger_entry_posting on ledger_entry (posting_id);
create index ledger_entry_claim on ledger_entry (claim_id);

create function ledger_posting_balances() returns trigger language plpgsql as $$
declare
    total numeric;
begin
    select sum(amount) into total from ledger_entry where posting_id = new.posting_id;
    if total <> 0 then
        raise exception 'ledger posting % does not balance: its entries add up to %', new.posting_id, total;
    end if;
    return null;
end $$;
create constraint trigger ledger_entry_balanced after insert on ledger_entry
    deferrable initially deferred for each row execute function ledger_posting_balances();

create function ledger_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ledger_entry is append-only: post a correcting entry instead';
end $$;
create trigger ledger_entry_append_only before update or delete or truncate on ledger_entry
    for each statement execute function ledger_entry_append_only();

-- The patient shares billed so far become transfers from insurance to patient responsibility (CARC 1 deductible,
-- 2 coinsurance, 3 co-payment, others non-covered), one posting per line.
insert into ledger_entry (posting_id, posting_kind, account_id, entry_type, ledger, patient_id, encounter_id, claim_id,
                          line_number, procedure_code, reason_code, amount, posted_at)
select md5('V3/account_line/' || l.id)::uuid, 'CLAIM_ADJUDICATION', l.patient_id,
       case l.reason_code when '1' then 'TRANSFER_DEDUCTIBLE' when '2' then 'TRANSFER_COINSURANCE'
                          when '3' then 'TRANSFER_COPAY' else 'TRANSFER_NONCOVERED' end,
       side.ledger, l.patient_id, l.encounter_id, l.claim_id, l.line_number, l.procedure_code, l.reason_code,
       l.amount * side.sign, l.posted_at
from account_line l
cross join (values ('PATIENT_AR', 1), ('INSURANCE_AR', -1)) as side (ledger, sign)
order by l.id, side.sign desc;

-- Payments: cash in, patient A/R down; not yet allocated to encounters (the ledger applies such credits oldest
-- first on the account's next posting).
insert into ledger_entry (posting_id, posting_kind, account_id, entry_type, ledger, patient_id, reference, amount,
                          posted_at)
select p.id, 'PATIENT_PAYMENT', p.patient_id, 'PATIENT_PAYMENT', side.ledger, p.patient_id, p.id::text,
       p.amount * side.sign, p.received_at
from patient_payment p
cross join (values ('CASH', 1), ('PATIENT_AR', -1)) as side (ledger, sign)
order by p.received_at, p.id, side.sign desc;

-- Whatever the stored balance held beyond its lines and payments is carried over as an opening balance.
insert into ledger_entry (posting_id, posting_kind, account_id, entry_type, ledger, patient_id, amount, posted_at)
select md5('V3/opening/' || a.patient_id)::uuid, 'OPENING_BALANCE', a.patient_id, 'OPENING_BALANCE', side.ledger,
       a.patient_id, d.diff * side.sign, a.updated_at
from patient_account a
cross join lateral (select a.balance
        - coalesce((select sum(amount) from account_line l where l.patient_id = a.patient_id), 0)
        + coalesce((select sum(amount) from patient_payment p where p.patient_id = a.patient_id), 0) as diff) d
cross join (values ('PATIENT_AR', 1), ('OPENING_BALANCES', -1)) as side (ledger, sign)
where d.diff <> 0;

drop table account_line;
alter table patient_account drop column balance;
