-- Payment plans cancelled or renegotiated by a clerk: the reason, and the chain from a renegotiated plan to its
-- successor (status RENEGOTIATED; the one-active-plan index still holds, the old plan is closed first).
alter table payment_plan add column end_reason varchar(500);
alter table payment_plan add column replaces_plan_id uuid references payment_plan (id);
alter table payment_plan add column replaced_by_plan_id uuid references payment_plan (id);
