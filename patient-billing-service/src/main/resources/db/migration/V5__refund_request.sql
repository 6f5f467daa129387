-- Issue 18: refunds of credit balances: requested by a clerk, approved by a billing manager (not the requester), then
-- issued (the ledger's REFUND posting).
create table refund_request (
    id            uuid          primary key,
    account_id    varchar(100)  not null references guarantor_account (account_id),
    patient_id    varchar(100)  not null references patient_account (patient_id),
    amount        numeric(12,2) not null check (amount > 0),
    status        varchar(20)   not null,
    reason        varchar(200),
    requested_by  varchar(100)  not null,
    requested_at  timestamptz   not null,
    approved_by   varchar(100),
    approved_at   timestamptz,
    issued_at     timestamptz,
    method        varchar(20),
    reference     varchar(100)
);
create index refund_request_status on refund_request (status);
