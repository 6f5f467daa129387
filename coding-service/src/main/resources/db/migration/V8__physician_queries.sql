-- Issue 17: physician (CDI) queries. A work item with an open query is ON_HOLD until the physician answers; the
-- query, its clinical indicators and the answer stay with the chart.
alter table coding_work_item drop constraint coding_work_item_status_check;
alter table coding_work_item add constraint coding_work_item_status_check
    check (status in ('NEEDS_REVIEW', 'ON_HOLD', 'CODED'));

create table coding_query (
    query_id             uuid         primary key,
    encounter_id         varchar(100) not null references coding_work_item on delete cascade,
    template_id          varchar(60)  not null,
    question             text         not null,
    options              text[]       not null,
    clinical_indicators  text[]       not null,
    physician_npi        varchar(10)  not null,
    raised_by            varchar(100) not null,
    raised_at            timestamptz  not null,
    -- the coder the item goes back to when the answer arrives
    return_to            varchar(100) not null,
    answer               text,
    answer_comment       text,
    answered_by          varchar(100),
    answered_at          timestamptz
);
create index coding_query_encounter on coding_query (encounter_id);
create index coding_query_physician on coding_query (physician_npi, answered_at);
