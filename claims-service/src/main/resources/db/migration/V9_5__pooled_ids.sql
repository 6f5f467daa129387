-- Pooled ids (docs/performance.md, change 15): Hibernate takes these ids from a plain sequence in blocks of
-- io.revcycle.messaging.PooledIds.BLOCK (50) and sends a transaction's inserts as one batch instead of one identity
-- INSERT ... RETURNING per row (Hibernate does not see an identity column's own sequence). The next block starts
-- above every existing id; a plain INSERT still draws its own id from the same sequence.
alter table claim_timeline alter column id drop identity;
create sequence claim_timeline_id_seq increment by 50 owned by claim_timeline.id;
select setval('claim_timeline_id_seq', coalesce(max(id), 0) + 50, false) from claim_timeline;
alter table claim_timeline alter column id set default nextval('claim_timeline_id_seq');
alter table claim_line alter column id drop identity;
create sequence claim_line_id_seq increment by 50 owned by claim_line.id;
select setval('claim_line_id_seq', coalesce(max(id), 0) + 50, false) from claim_line;
alter table claim_line alter column id set default nextval('claim_line_id_seq');
