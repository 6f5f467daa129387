-- Issue 21: a check decided from a coverage registered without benefits (HL7 ADT) publishes them as unknown (null in
-- EligibilityVerified), not as 0.00, so its copay, coinsurance and deductible may be null, as the coverage's are.
alter table eligibility_check
    alter column copay drop not null,
    alter column coinsurance_percent drop not null,
    alter column deductible_remaining drop not null;
