-- Coordination of benefits (issue 16): a next payer's claim (SBR01 S or T) rejected by its 999 or 277CA enters the
-- correction queue as that leg, and is corrected and re-sent as that leg; a next payer's denial names its leg. Both
-- default to the claim's own payer (P). The leg keeps the adjudication it was sent with (the payer before's figures,
-- JSON), so a corrected leg is re-sent with the same 2320/2430 without waiting for another 835.
alter table correction_item add column payer_responsibility varchar(1) not null default 'P';
alter table denial_item add column payer_responsibility varchar(1) not null default 'P';
alter table claim_payer_leg add column prior_adjudication text;
