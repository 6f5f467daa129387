-- Issue 18: payment plans. One active plan per guarantor account; installments monthly; payments on the account fill
-- them in order; a missed installment not made good within the grace period defaults the plan.
create table payment_plan (
    id                 uuid          primary key,
    account_id         varchar(100)  not null references guarantor_account (account_id),
    patient_id         varchar(100)  not null references patient_account (patient_id),
    status             varchar(20)   not null,
    total              numeric(12,2) not null check (total > 0),
    installment_amount numeric(12,2) not null check (installment_amount > 0),
    grace_days         int           not null,
    created_by         varchar(100)  not null,
    created_at         timestamptz   not null,
    ended_at           timestamptz
);
create unique index payment_plan_one_active on payment_plan (account_id) where status = 'ACTIVE';

create table plan_installment (
    plan_id  uuid          not null references payment_plan (id),
    number   int           not null,
    due_date date          not null,
    amount   numeric(12,2) not null,
    paid     numeric(12,2) not null,
    missed   boolean       not null,
    primary key (plan_id, number)
);
