-- The publisher's W3C trace context, stored with the row so the relay can send it on as the traceparent header
-- (docs/messaging.md, Tracing). Null when the event was published outside a trace.
alter table outbox_message add column traceparent varchar(55);
alter table outbox_message add column tracestate varchar(512);
