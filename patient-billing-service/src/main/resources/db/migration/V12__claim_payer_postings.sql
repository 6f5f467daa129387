-- Coordination of benefits (issue 16): a claim with more than one payer keeps each payer's latest posting, so the
-- ledger holds the sum of their payments and adjustments and only the last payer's patient shares; while a next payer
-- is pending, what the payer before left stays with insurance (no statement bills it).
create table claim_payer_posting (
    claim_id             varchar(100)  not null references claim_posting (claim_id),
    payer_responsibility varchar(1)    not null,
    posting_sequence     int           not null,
    paid                 numeric(12,2) not null,
    contractual          numeric(12,2) not null,
    next_payer_pending   boolean       not null,
    primary key (claim_id, payer_responsibility)
);
