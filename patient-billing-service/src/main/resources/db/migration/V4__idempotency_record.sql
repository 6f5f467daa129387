-- Idempotency-Key (issue 18): the first result of each money mutation, per key and route, with a hash of the request
-- it answered. The primary key makes a concurrent request with the same key wait for the first and then find it.
create table idempotency_record (
    scope            varchar(300)  not null,
    idempotency_key  varchar(200)  not null,
    request_hash     varchar(64)   not null,
    status           integer       not null,
    response_body    text,
    location         varchar(500),
    created_at       timestamptz   not null,
    primary key (scope, idempotency_key)
);
create index idempotency_record_created on idempotency_record (created_at);
