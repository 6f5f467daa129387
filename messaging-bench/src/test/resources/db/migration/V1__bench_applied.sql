-- What each consumer applied, with the moment it did (clock_timestamp: the real time, not the transaction's start).
create table bench_applied (
    consumer    varchar(20)  not null,
    event_id    uuid         not null,
    applied_at  timestamptz  not null default clock_timestamp(),
    primary key (consumer, event_id)
);
