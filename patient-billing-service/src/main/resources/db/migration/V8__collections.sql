-- Issue 18: collections. A placement run hands eligible accounts' balances to the agency (the ledger's transfer to
-- collections A/R) and makes the agency's placement file; an account is recalled by taking the balance back.
create table placement_run (
    id        uuid          primary key,
    run_at    timestamptz   not null,
    run_by    varchar(100)  not null,
    agency_id varchar(100)  not null,
    placed    int           not null,
    total     numeric(12,2) not null
);

create table collections_placement (
    id            uuid          primary key,
    run_id        uuid          not null references placement_run (id),
    account_id    varchar(100)  not null references guarantor_account (account_id),
    agency_id     varchar(100)  not null,
    status        varchar(20)   not null,
    rule          varchar(30)   not null,
    amount        numeric(12,2) not null,
    placed_at     timestamptz   not null,
    recalled_at   timestamptz,
    recall_reason varchar(200),
    body          text          not null
);
create unique index collections_placement_one_open on collections_placement (account_id) where status = 'PLACED';
create index collections_placement_run on collections_placement (run_id);
