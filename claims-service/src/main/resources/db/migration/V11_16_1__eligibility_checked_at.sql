-- When the encounter's last eligibility check was made (its EligibilityVerified's occurredAt): a claim whose check is
-- older than revcycle.claims.eligibility-max-age is re-verified before it is sent (issue 16). Claims and intakes from
-- before take the time their check arrived here.
alter table claim_intake add column eligibility_checked_at timestamptz;
update claim_intake set eligibility_checked_at = eligibility_at where eligibility_event_id is not null;
alter table claim add column eligibility_checked_at timestamptz;
update claim c set eligibility_checked_at = i.eligibility_checked_at
  from claim_intake i where i.encounter_id = c.encounter_id;
