-- Pooled ids (docs/performance.md, change 15): Hibernate takes these ids from a plain sequence in blocks of
-- io.revcycle.messaging.PooledIds.BLOCK (50) and sends a transaction's inserts as one batch instead of one identity
-- INSERT ... RETURNING per row (Hibernate does not see an identity column's own sequence). The next block starts
-- above every existing id; a plain INSERT still draws its own id from the same sequence.
alter table ledger_entry alter column id drop identity;
create sequence ledger_entry_id_seq increment by 50 owned by ledger_entry.id;
select setval('ledger_entry_id_seq', coalesce(max(id), 0) + 50, false) from ledger_entry;
alter table ledger_entry alter column id set default nextval('ledger_entry_id_seq');
