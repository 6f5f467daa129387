-- Issue 17: coding queues. An open item is locked to the coder it is assigned to (pulled, assigned by a coding
-- manager, or claimed by changing its codes) until it is finalized or released.
alter table coding_work_item add column assigned_to varchar(100);
alter table coding_work_item add column assigned_at timestamptz;

-- pull-next scans the open, unassigned items of a queue
create index coding_work_item_unassigned on coding_work_item (facility_id, encounter_type, date_of_service)
    where status = 'NEEDS_REVIEW' and assigned_to is null;
