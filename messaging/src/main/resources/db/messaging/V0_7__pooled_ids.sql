-- Pooled ids (docs/performance.md, change 15; io.revcycle.messaging.PooledIds): a service's migration calls
-- pool_ids('<table>') for each table whose entity takes its ids from a sequence in blocks of PooledIds.BLOCK (50).
-- The table's identity column becomes a plain column fed by <table>_id_seq (Hibernate does not see an identity
-- column's own sequence), INCREMENT BY the block, the next block above every existing id. A plain INSERT still draws
-- its own id from the same sequence, never one inside a block Hibernate holds.
create function pool_ids(tbl text) returns void language plpgsql as $$
begin
    execute format('alter table %I alter column id drop identity', tbl);
    execute format('create sequence %I increment by 50 owned by %I.id', tbl || '_id_seq', tbl);
    execute format('select setval(%L, coalesce(max(id), 0) + 50, false) from %I', tbl || '_id_seq', tbl);
    execute format('alter table %I alter column id set default nextval(%L)', tbl, tbl || '_id_seq');
end $$;
