-- Pooled ids (docs/performance.md, change 15): Hibernate takes these ids from a plain sequence in blocks of
-- io.revcycle.messaging.PooledIds.BLOCK (50) and sends a transaction's inserts as one batch instead of one identity
-- INSERT ... RETURNING per row (Hibernate does not see an identity column's own sequence). The next block starts
-- above every existing id; a plain INSERT still draws its own id from the same sequence.
alter table received_claim alter column id drop identity;
create sequence received_claim_id_seq increment by 50 owned by received_claim.id;
select setval('received_claim_id_seq', coalesce(max(id), 0) + 50, false) from received_claim;
alter table received_claim alter column id set default nextval('received_claim_id_seq');
alter table received_claim_line alter column id drop identity;
create sequence received_claim_line_id_seq increment by 50 owned by received_claim_line.id;
select setval('received_claim_line_id_seq', coalesce(max(id), 0) + 50, false) from received_claim_line;
alter table received_claim_line alter column id set default nextval('received_claim_line_id_seq');
