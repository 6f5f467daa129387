-- Pooled ids (docs/performance.md, change 15): Hibernate takes these ids from a plain sequence in blocks of
-- io.revcycle.messaging.PooledIds.BLOCK (50) and sends a transaction's inserts as one batch instead of one identity
-- INSERT ... RETURNING per row (Hibernate does not see an identity column's own sequence). The next block starts
-- above every existing id; a plain INSERT still draws its own id from the same sequence.
alter table remittance alter column id drop identity;
create sequence remittance_id_seq increment by 50 owned by remittance.id;
select setval('remittance_id_seq', coalesce(max(id), 0) + 50, false) from remittance;
alter table remittance alter column id set default nextval('remittance_id_seq');
alter table remittance_line alter column id drop identity;
create sequence remittance_line_id_seq increment by 50 owned by remittance_line.id;
select setval('remittance_line_id_seq', coalesce(max(id), 0) + 50, false) from remittance_line;
alter table remittance_line alter column id set default nextval('remittance_line_id_seq');
alter table remittance_adjustment alter column id drop identity;
create sequence remittance_adjustment_id_seq increment by 50 owned by remittance_adjustment.id;
select setval('remittance_adjustment_id_seq', coalesce(max(id), 0) + 50, false) from remittance_adjustment;
alter table remittance_adjustment alter column id set default nextval('remittance_adjustment_id_seq');
alter table remittance_claim_adjustment alter column id drop identity;
create sequence remittance_claim_adjustment_id_seq increment by 50 owned by remittance_claim_adjustment.id;
select setval('remittance_claim_adjustment_id_seq', coalesce(max(id), 0) + 50, false) from remittance_claim_adjustment;
alter table remittance_claim_adjustment alter column id set default nextval('remittance_claim_adjustment_id_seq');
alter table submitted_claim_line alter column id drop identity;
create sequence submitted_claim_line_id_seq increment by 50 owned by submitted_claim_line.id;
select setval('submitted_claim_line_id_seq', coalesce(max(id), 0) + 50, false) from submitted_claim_line;
alter table submitted_claim_line alter column id set default nextval('submitted_claim_line_id_seq');
alter table claim_payment alter column id drop identity;
create sequence claim_payment_id_seq increment by 50 owned by claim_payment.id;
select setval('claim_payment_id_seq', coalesce(max(id), 0) + 50, false) from claim_payment;
alter table claim_payment alter column id set default nextval('claim_payment_id_seq');
