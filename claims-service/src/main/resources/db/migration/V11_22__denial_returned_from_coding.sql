-- Issue 20: a denial routed to (or classified for) coding comes back to billing when a coder completes its re-review
-- (coding-service's DenialReviewChanged): the coder's outcome, who, when, and the re-review it came from (a second
-- copy of the same completion changes nothing).
alter table denial_item
    add column coding_outcome          varchar(30),
    add column coding_reviewed_by      varchar(100),
    add column returned_from_coding_at timestamptz,
    add column coding_review_id        bigint;
