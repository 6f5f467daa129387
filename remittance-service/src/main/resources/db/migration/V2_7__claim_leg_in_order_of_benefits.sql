-- Coordination of benefits (issue 16). A claim sent to a next payer (SBR01 S or T, after the primary's 835) is a
-- submission of its own here: its own CLM01, postings, sequence and totals, kept under "<claimId>:<SBR01>" with the
-- claim it belongs to in claim_of_record (null: the row's claim id); its events name that claim. ClaimAdjudicated
-- carries the leg and whether another payer follows: while one does, what this payer leaves to the patient is not yet
-- the patient's.
alter table submitted_claim add column payer_responsibility varchar(1) not null default 'P';
alter table submitted_claim add column next_payer_pending boolean not null default false;
alter table submitted_claim add column claim_of_record varchar(100);
