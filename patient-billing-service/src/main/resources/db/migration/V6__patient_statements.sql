-- Issue 18: statement cycles. One run per cycle date; each statement keeps the figures it was issued with (what the
-- PDF, the HTML and the print vendor's file show, rendered again from body, the statement as JSON).
create table statement_run (
    id             uuid          primary key,
    cycle_date     date          not null unique,
    run_at         timestamptz   not null,
    run_by         varchar(100)  not null,
    issued         int           not null,
    held_insurance int           not null,
    below_minimum  int           not null,
    not_due        int           not null,
    total_due      numeric(12,2) not null
);

create table patient_statement (
    id               uuid          primary key,
    run_id           uuid          not null references statement_run (id),
    account_id       varchar(100)  not null references guarantor_account (account_id),
    statement_number int           not null,
    statement_date   date          not null,
    due_date         date          not null,
    total_due        numeric(12,2) not null,
    aging_current    numeric(12,2) not null,
    aging_31_60      numeric(12,2) not null,
    aging_61_90      numeric(12,2) not null,
    aging_91_120     numeric(12,2) not null,
    aging_over_120   numeric(12,2) not null,
    dunning_level    int           not null,
    line_count       int           not null,
    body             text          not null,
    issued_at        timestamptz   not null,
    unique (account_id, statement_number)
);
create index patient_statement_run on patient_statement (run_id);
