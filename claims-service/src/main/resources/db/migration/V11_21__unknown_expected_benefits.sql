-- Issue 21: EligibilityVerified's copay, coinsurance and deductible are null when unknown (a coverage registered
-- without benefits and not verified with the payer); the claim keeps them unknown rather than 0.00.
alter table claim
    alter column expected_copay drop not null,
    alter column expected_coinsurance_percent drop not null,
    alter column expected_deductible_remaining drop not null;
