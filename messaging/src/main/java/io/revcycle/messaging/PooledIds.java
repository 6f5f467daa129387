package io.revcycle.messaging;

/**
 * Ids of the hot child tables (claim lines and timeline, ledger entries, remittance lines and adjustments…) come from
 * their sequences in blocks, so Hibernate knows an id at persist time and sends a transaction's inserts as one JDBC
 * batch (rewritten into one multi-row INSERT, see the messaging defaults) instead of one identity INSERT … RETURNING
 * round trip per row. The table's sequence must be altered to INCREMENT BY this block (docs/performance.md, change 15);
 * Hibernate refuses to start when the two differ. Ids stay unique across replicas; they are not commit-ordered, which
 * no reader of these tables relies on (the outbox, whose relay orders by id, keeps its identity column).
 */
public final class PooledIds {

    public static final int BLOCK = 50;

    private PooledIds() {
    }
}
