-- The date a posting's 835 paid (issue 16): BPR16, the check issue or EFT effective date, else the 835's production
-- date (DTM*405). ClaimAdjudicated carries it, so a next payer's 837 dates the payer before's adjudication (2430
-- DTP*573) by its remittance, not by the day the 835 was posted here. Null on postings from before it was kept.
alter table remittance add column payment_date date;
alter table remittance_transaction add column production_date date;
