package io.revcycle.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The service's audit table (db/audit): appends chained rows, answers auditors' queries and walks the chain. Plain
 * JDBC on the service's datasource, so a row joins whatever JTA transaction is active and no entity is added to the
 * service's persistence unit.
 */
@ApplicationScoped
public class AuditTrail {

    /**
     * Chain n is extended by one writer at a time under lock CHAIN_LOCK + n, held to the end of the writing
     * transaction; with several chains, concurrent audited transactions each take a free one instead of queuing on a
     * single lock until the holder commits.
     */
    private static final long CHAIN_LOCK = 0x52435F4155444954L; // "RC_AUDIT"
    static final int CHAINS = 8;

    private static final String COLUMNS = "id, recorded_at, username, roles, patient_id, resource_type, resource_id, "
            + "action, http_method, path, status, source_address, observer, chain, prev_hash, hash";

    private final DataSource dataSource;

    public AuditTrail(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Appends one row; the caller runs it inside a transaction (the lock and the row commit together). */
    public void append(AuditEntry entry) {
        try (Connection c = dataSource.getConnection()) {
            int chain = lockChain(c);
            String prev = AuditChain.GENESIS;
            try (PreparedStatement last = c.prepareStatement(
                    "select hash from audit_event where chain = ? order by id desc limit 1")) {
                last.setInt(1, chain);
                try (ResultSet rs = last.executeQuery()) {
                    if (rs.next()) {
                        prev = rs.getString(1);
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement("insert into audit_event (recorded_at, username, roles, "
                    + "patient_id, resource_type, resource_id, action, http_method, path, status, source_address, "
                    + "observer, chain, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setTimestamp(1, Timestamp.from(AuditChain.storable(entry.recordedAt())));
                insert.setString(2, entry.username());
                insert.setString(3, entry.roles());
                insert.setString(4, entry.patientId());
                insert.setString(5, entry.resourceType());
                insert.setString(6, entry.resourceId());
                insert.setString(7, entry.action().code());
                insert.setString(8, entry.httpMethod());
                insert.setString(9, entry.path());
                insert.setInt(10, entry.status());
                insert.setString(11, entry.sourceAddress());
                insert.setString(12, entry.observer());
                insert.setInt(13, chain);
                insert.setString(14, prev);
                insert.setString(15, AuditChain.hash(entry, prev));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit row not written", e);
        }
    }

    /**
     * A chain no other transaction is extending, tried from a random one; when all are taken, waits for that one. A
     * transaction that already holds a chain's lock gets it again at once (advisory locks are re-entrant).
     */
    private static int lockChain(Connection c) throws SQLException {
        int first = java.util.concurrent.ThreadLocalRandom.current().nextInt(CHAINS);
        try (PreparedStatement tryLock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            for (int i = 0; i < CHAINS; i++) {
                int chain = (first + i) % CHAINS;
                tryLock.setLong(1, CHAIN_LOCK + chain);
                try (ResultSet rs = tryLock.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return chain;
                    }
                }
            }
        }
        try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, CHAIN_LOCK + first);
            lock.execute();
        }
        return first;
    }

    /** Newest first. */
    public List<AuditRecord> find(AuditQuery q) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_event where true");
        List<Object> args = new ArrayList<>();
        if (q.patientId() != null) {
            sql.append(" and patient_id = ?");
            args.add(q.patientId());
        }
        if (q.username() != null) {
            sql.append(" and username = ?");
            args.add(q.username());
        }
        if (q.from() != null) {
            sql.append(" and recorded_at >= ?");
            args.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            sql.append(" and recorded_at < ?");
            args.add(Timestamp.from(q.to()));
        }
        sql.append(" order by id desc limit ?");
        args.add(q.limit());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                Object a = args.get(i);
                if (a instanceof Timestamp t) {
                    ps.setTimestamp(i + 1, t);
                } else if (a instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else {
                    ps.setObject(i + 1, a, Types.VARCHAR);
                }
            }
            List<AuditRecord> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("audit trail not readable", e);
        }
    }

    /**
     * Walks each chain in id order (the order it was written under its lock) and recomputes every hash. The caller
     * runs it in a transaction, so the rows stream with a cursor instead of loading at once.
     */
    public ChainCheck verify() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select " + COLUMNS + " from audit_event order by chain, id")) {
            ps.setFetchSize(1000);
            long rows = 0;
            String expectedPrev = AuditChain.GENESIS;
            int chain = -1;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditRecord r = read(rs);
                    rows++;
                    if (rs.getInt("chain") != chain) {
                        chain = rs.getInt("chain");
                        expectedPrev = AuditChain.GENESIS;
                    }
                    if (!r.prevHash().equals(expectedPrev)) {
                        return ChainCheck.broken(rows, r.id(), "its previous-hash link does not match the row before "
                                + "it: a row was removed, inserted or changed before it");
                    }
                    if (!AuditChain.hash(r.entry(), r.prevHash()).equals(r.hash())) {
                        return ChainCheck.broken(rows, r.id(),
                                "its contents do not match its hash: the row was changed");
                    }
                    expectedPrev = r.hash();
                }
            }
            return ChainCheck.intact(rows);
        } catch (SQLException e) {
            throw new IllegalStateException("audit trail not readable", e);
        }
    }

    private static AuditRecord read(ResultSet rs) throws SQLException {
        AuditEntry entry = new AuditEntry(rs.getTimestamp("recorded_at").toInstant(), rs.getString("username"),
                rs.getString("roles"), rs.getString("patient_id"), rs.getString("resource_type"),
                rs.getString("resource_id"), AuditAction.fromCode(rs.getString("action")), rs.getString("http_method"),
                rs.getString("path"), rs.getInt("status"), rs.getString("source_address"), rs.getString("observer"));
        return new AuditRecord(rs.getLong("id"), entry, rs.getString("prev_hash"), rs.getString("hash"));
    }
}
