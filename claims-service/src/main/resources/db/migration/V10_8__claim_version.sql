-- Optimistic locking: the claim and its payer legs are changed by several consumers (acknowledgments, remittances,
-- denials) and by billers at once; a write made from a stale read now fails and is redone instead of overwriting.
alter table claim add column version bigint not null default 0;
alter table claim_payer_leg add column version bigint not null default 0;
