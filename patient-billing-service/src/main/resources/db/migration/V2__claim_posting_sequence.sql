-- Several adjudications per claim (issue 15): remittance-service announces each posting of a claim (a further partial
-- payment, a reversal, a correction) with the claim's totals and net patient shares after it, numbered from 1. The
-- account takes the difference to what it holds for the claim; posting_sequence is the newest applied (0: only an
-- adjudication from before postings were numbered), so an older one arriving late changes nothing.
alter table claim_posting add column posting_sequence integer not null default 0;

-- A reversal can take back patient responsibility the patient has paid already: the account then owes the patient
-- (a credit balance, negative) instead of refusing the reversal.
alter table patient_account drop constraint patient_account_balance_check;
