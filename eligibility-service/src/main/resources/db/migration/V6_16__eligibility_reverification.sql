-- A claim held because its eligibility check is too old to send on asks for a fresh one (issue 16): the encounter's
-- earlier check stays on file, superseded, and the fresh one is its current check (one current check per encounter).
alter table eligibility_check add column superseded_at timestamptz;
alter table eligibility_check drop constraint eligibility_check_encounter_id_key;
create unique index eligibility_check_current_encounter on eligibility_check (encounter_id)
    where superseded_at is null;
