-- Every X12 file a service sent or took, once. An inbound file is the same file again when sender (ISA06),
-- interchange control number (ISA13) and content hash match: it is then only counted in edi_file_duplicate.
create table edi_file (
    file_id                     varchar(64)  primary key,
    direction                   varchar(3)   not null check (direction in ('IN', 'OUT')),
    origin                      varchar(20)  not null,
    file_name                   varchar(255) not null,
    sender_id                   varchar(20)  not null,
    receiver_id                 varchar(20)  not null,
    interchange_control_number  varchar(9)   not null,
    document_types              varchar(100) not null,
    sha256                      varchar(64)  not null,
    size_bytes                  integer      not null,
    status                      varchar(20)  not null,
    error_count                 integer      not null default 0,
    findings                    text,
    content                     bytea,
    created_at                  timestamptz  not null,
    dropped_at                  timestamptz,
    -- some of its documents belong to another service and were republished on the forward topic
    forwarded                   boolean      not null default false
);
create unique index edi_file_take_once on edi_file (direction, sender_id, interchange_control_number, sha256);
create index edi_file_listing on edi_file (direction, created_at desc);
create index edi_file_to_drop on edi_file (created_at) where direction = 'OUT' and dropped_at is null;

create table edi_file_duplicate (
    id           bigint generated always as identity primary key,
    file_id      varchar(64)  not null references edi_file (file_id),
    origin       varchar(20)  not null,
    file_name    varchar(255) not null,
    received_at  timestamptz  not null
);
create index edi_file_duplicate_file on edi_file_duplicate (file_id);
