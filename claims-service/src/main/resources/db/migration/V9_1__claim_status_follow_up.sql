-- Claim status follow-up (issue 15): a claim at the payer with no 835 after the payer's follow-up days gets a 276
-- (005010X212); each inquiry keeps its trace number (2200D TRN02, echoed in the 277's TRN*2) and the answer.
create sequence claim_status_trace_seq;

create table claim_status_inquiry (
    id              bigint generated always as identity primary key,
    claim_id        varchar(104) not null references claim (claim_id),
    trace_number    varchar(50)  not null unique,
    payer_id        varchar(100) not null,
    sent_at         timestamptz  not null,
    file_id         varchar(200) not null,
    isa13           varchar(9)   not null,
    answered_at     timestamptz,
    answer_file_id  varchar(200),
    -- STC01 of the 277: category (list 507), status (list 508) and entity
    status_category varchar(3),
    status_code     varchar(30),
    status_entity   varchar(3)
);
-- the claim's last 276: the next one waits until the follow-up days pass again
create index claim_status_inquiry_claim on claim_status_inquiry (claim_id, sent_at);
-- the follow-up job's one query: claims at the payer, by payer and age
create index claim_at_payer on claim (payer_id, submitted_at) where status in ('SENT', 'ACKNOWLEDGED', 'ACCEPTED');
