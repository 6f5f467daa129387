-- what the test handler applied, one row per event
create table handled_event (
    event_id    uuid         primary key,
    patient_id  varchar(100) not null
);
