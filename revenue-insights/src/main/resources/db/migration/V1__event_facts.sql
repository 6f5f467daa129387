-- One row per consumed event, keyed by the event's id: a replay (a redelivery, a new consumer group reading the
-- topics again) inserts nothing, so no fact is ever counted twice. Ids, codes, dates and amounts only: no PHI.
create table event_fact (
    event_id              uuid          primary key,
    kind                  varchar(20)   not null,
    occurred_at           timestamptz   not null,
    encounter_id          varchar(100)  not null,
    claim_id              varchar(100),
    payer_id              varchar(100),
    -- SBR01 of the claim leg (P, S, T); null for encounter events
    payer_responsibility  varchar(1),
    date_of_service       date,
    -- DOCUMENTED: expected charge; SUBMITTED, ADJUDICATED: the claim's total charge; DENIAL_ACTION: the items' amount
    charge                numeric(12,2),
    -- ADJUDICATED: the claim's totals over its postings so far (the newest posting replaces the earlier ones)
    allowed               numeric(12,2),
    paid                  numeric(12,2),
    patient_share         numeric(12,2),
    contractual           numeric(12,2),
    denied                numeric(12,2),
    posting_sequence      integer,
    -- ADJUDICATED outcome, REJECTED stage, HELD reason, DENIAL_ACTION action
    detail                varchar(40),
    -- DENIED: the denial category of the primary denied line
    category              varchar(40)
);
create index event_fact_claim on event_fact (claim_id, occurred_at);
create index event_fact_kind on event_fact (kind, occurred_at);
