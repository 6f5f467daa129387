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

    /** One writer at a time extends the chain; held to the end of the writing transaction. */
    private static final long CHAIN_LOCK = 0x52435F4155444954L; // "RC_AUDIT"

    private static final String COLUMNS = "id, recorded_at, username, roles, patient_id, resource_type, resource_id, "
            + "action, http_method, path, status, source_address, observer, prev_hash, hash";

    private final DataSource dataSource;

    public AuditTrail(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Appends one row; the caller runs it inside a transaction (the lock and the row commit together). */
    public void append(AuditEntry entry) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, CHAIN_LOCK);
                lock.execute();
            }
            String prev = AuditChain.GENESIS;
            try (PreparedStatement last = c.prepareStatement("select hash from audit_event order by id desc limit 1");
                    ResultSet rs = last.executeQuery()) {
                if (rs.next()) {
                    prev = rs.getString(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("insert into audit_event (recorded_at, username, roles, "
                    + "patient_id, resource_type, resource_id, action, http_method, path, status, source_address, "
                    + "observer, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                insert.setString(13, prev);
                insert.setString(14, AuditChain.hash(entry, prev));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit row not written", e);
        }
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
     * Walks every row in id order (the order the chain was written under its lock) and recomputes each hash. The
     * caller runs it in a transaction, so the rows stream with a cursor instead of loading at once.
     */
    public ChainCheck verify() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from audit_event order by id")) {
            ps.setFetchSize(1000);
            long rows = 0;
            String expectedPrev = AuditChain.GENESIS;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditRecord r = read(rs);
                    rows++;
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
