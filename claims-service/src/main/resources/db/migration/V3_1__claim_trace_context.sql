-- The encounter's trace context, kept with its claim so that the events sent for it from the 837 batch job continue
-- the same trace (docs/messaging.md, Tracing). A W3C traceparent is 55 characters.
alter table claim add column traceparent varchar(55);
