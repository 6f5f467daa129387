-- Shared by every service (see the messaging module): the transactional outbox and the processed-event inbox.
create table outbox_message (
    id            bigint generated always as identity primary key,
    event_id      uuid         not null unique,
    topic         varchar(200) not null,
    message_key   varchar(200) not null,
    event_type    varchar(200) not null,
    payload       bytea        not null,
    created_at    timestamptz  not null default now(),
    published_at  timestamptz
);
create index outbox_message_unpublished on outbox_message (id) where published_at is null;

create table processed_event (
    consumer      varchar(200) not null,
    event_id      uuid         not null,
    processed_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);
