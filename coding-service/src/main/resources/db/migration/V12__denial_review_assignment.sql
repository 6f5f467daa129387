-- Issue 17: denial re-reviews are pulled from the coding queues like work items (POST /worklist/next?kind=denial-review)
-- and locked to the coder who pulled them until completed or released.
alter table denial_review add column assigned_to varchar(100);
alter table denial_review add column assigned_at timestamptz;

-- pull-next scans the open, unassigned re-reviews, nearest appeal deadline first
create index denial_review_unassigned on denial_review (appeal_deadline, created_at, id)
    where status = 'OPEN' and assigned_to is null;
