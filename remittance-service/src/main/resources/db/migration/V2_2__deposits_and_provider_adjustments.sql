-- Provider-level adjustments (835 PLB) posted to the provider's account rather than to a claim, and the deposits the
-- bank reports, matched to 835 payments by their trace number (TRN02).

-- One PLB03..PLB14 pair each: reason (WO overpayment recovery, L6 interest, FB forwarding balance, 72 authorized
-- return, CS adjustment, ...), its reference, and the amount (positive reduces the payment, negative adds to it).
create table provider_adjustment (
    id                  bigint generated always as identity primary key,
    transaction_id      bigint        not null references remittance_transaction (id),
    provider_id         varchar(80)   not null,
    fiscal_period_date  date,
    reason              varchar(2)    not null,
    reference           varchar(50),
    amount              numeric(12,2) not null,
    posted_at           timestamptz   not null
);
create index provider_adjustment_provider on provider_adjustment (provider_id, posted_at);

-- A deposit as the bank statement shows it (entered by patient accounts or loaded from the bank file).
create table bank_deposit (
    id            bigint generated always as identity primary key,
    trace_number  varchar(50)   not null unique,
    amount        numeric(12,2) not null,
    deposit_date  date          not null,
    entered_at    timestamptz   not null
);
create index remittance_transaction_trace on remittance_transaction (trace_number);
