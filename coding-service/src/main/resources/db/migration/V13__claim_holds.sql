-- Issue 17: DNFB tells an encounter whose claim claims-service holds (ClaimHeld: coverage inactive, a code without a
-- price, an eligibility check too old; ClaimRejected at the scrubber) from one merely waiting for its batch. The newest hold counts (by the time
-- claims-service held it); the claim's ClaimSubmitted clears it.
alter table coding_work_item add column claim_held_at timestamptz;
alter table coding_work_item add column claim_hold_reason varchar(30)
    check (claim_hold_reason in ('COVERAGE_INACTIVE', 'NO_CHARGE', 'ELIGIBILITY_REVERIFICATION', 'SCRUB_REJECTED',
        'UNKNOWN'));
