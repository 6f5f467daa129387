-- The claim's trace context from its ClaimSubmitted, so that its adjudication, published when an 835 posts, continues
-- the same trace (docs/messaging.md, Tracing). A W3C traceparent is 55 characters.
alter table submitted_claim add column traceparent varchar(55);
