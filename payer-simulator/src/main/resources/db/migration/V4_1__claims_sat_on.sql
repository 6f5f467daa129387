-- A payer that sits on a claim (issue 15: to exercise the provider's 276/277 follow-up): accepted by the 277CA,
-- never adjudicated, no 835; a 276 about it is answered "pending" (P1).
alter table received_claim drop constraint received_claim_remittance_status_check;
alter table received_claim add constraint received_claim_remittance_status_check
    check (remittance_status in ('NONE', 'QUEUED', 'SENT', 'ACK_ONLY', 'PENDED'));
