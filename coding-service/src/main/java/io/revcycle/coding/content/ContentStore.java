package io.revcycle.coding.content;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.coding.content.CodeRow.AgeGroup;
import io.revcycle.coding.content.CodeRow.Mce;
import io.revcycle.coding.content.ReleaseDiff.Stored;

/**
 * JDBC access to the content tables: content loads are bulk work (an ICD-10-CM order file has ~98,000 lines), so
 * they use batched statements rather than entities. Callers run inside a transaction.
 */
@ApplicationScoped
public class ContentStore {

    private static final String CODE_COLUMNS = "id, code_system, code, billable, short_description, long_description, "
            + "mce_sex, mce_age, manifestation, effective_from, effective_to, source_release";
    private static final String PTP_COLUMNS = "id, column1, column2, prior_1996, modifier_indicator, rationale, "
            + "effective_from, effective_to, source_release";
    private static final String MUE_COLUMNS = "id, code, units, adjudication_indicator, indicator_text, rationale, "
            + "effective_from, effective_to, source_release";

    private final DataSource dataSource;

    public ContentStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every stored row of a kind, in force or not. */
    public List<Stored> rows(ContentKind kind) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return switch (kind) {
                case NCCI_PTP -> query(c, "select " + PTP_COLUMNS + " from ncci_ptp_edit", null, ContentStore::ptp);
                case MUE -> query(c, "select " + MUE_COLUMNS + " from mue_limit", null, ContentStore::mue);
                default -> query(c, "select " + CODE_COLUMNS + " from content_code where code_system = ?",
                        kind.name(), ContentStore::code);
            };
        }
    }

    /** Every stored row of every kind: the source of an in-memory snapshot. */
    public List<ContentRow> allRows() throws SQLException {
        List<ContentRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            query(c, "select " + CODE_COLUMNS + " from content_code", null, ContentStore::code).forEach(s -> rows.add(s.row()));
            query(c, "select " + PTP_COLUMNS + " from ncci_ptp_edit", null, ContentStore::ptp).forEach(s -> rows.add(s.row()));
            query(c, "select " + MUE_COLUMNS + " from mue_limit", null, ContentStore::mue).forEach(s -> rows.add(s.row()));
        }
        return rows;
    }

    public void apply(ContentKind kind, ReleaseDiff diff, long versionId) throws SQLException {
        String table = kind == ContentKind.NCCI_PTP ? "ncci_ptp_edit" : kind == ContentKind.MUE ? "mue_limit" : "content_code";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement close = c.prepareStatement("update " + table + " set effective_to = ? where id = ?")) {
                for (ReleaseDiff.Close cl : diff.closes()) {
                    close.setDate(1, Date.valueOf(cl.effectiveTo()));
                    close.setLong(2, cl.id());
                    close.addBatch();
                }
                close.executeBatch();
            }
            switch (kind) {
                case NCCI_PTP -> insertPtp(c, diff.inserts(), versionId);
                case MUE -> insertMue(c, diff.inserts(), versionId);
                default -> insertCodes(c, diff.inserts(), versionId);
            }
        }
    }

    private static void insertCodes(Connection c, List<ContentRow> rows, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into content_code (code_system, code, billable, "
                + "short_description, long_description, mce_sex, mce_age, manifestation, effective_from, effective_to, "
                + "source_release, content_version_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ContentRow r : rows) {
                CodeRow row = (CodeRow) r;
                Mce mce = row.mceOrNone();
                ps.setString(1, row.system().name());
                ps.setString(2, row.code());
                ps.setBoolean(3, row.billable());
                ps.setString(4, row.shortDescription());
                ps.setString(5, row.longDescription());
                ps.setString(6, mce.sex());
                ps.setString(7, mce.age() == null ? null : mce.age().name());
                ps.setBoolean(8, mce.manifestation());
                dates(ps, 9, row);
                ps.setString(11, row.sourceRelease());
                ps.setLong(12, versionId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertPtp(Connection c, List<ContentRow> rows, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into ncci_ptp_edit (column1, column2, prior_1996, "
                + "modifier_indicator, rationale, effective_from, effective_to, source_release, content_version_id) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ContentRow r : rows) {
                PtpRow row = (PtpRow) r;
                ps.setString(1, row.column1());
                ps.setString(2, row.column2());
                ps.setBoolean(3, row.prior1996());
                ps.setString(4, String.valueOf(row.modifierIndicator()));
                ps.setString(5, row.rationale());
                dates(ps, 6, row);
                ps.setString(8, row.sourceRelease());
                ps.setLong(9, versionId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertMue(Connection c, List<ContentRow> rows, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into mue_limit (code, units, adjudication_indicator, "
                + "indicator_text, rationale, effective_from, effective_to, source_release, content_version_id) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ContentRow r : rows) {
                MueRow row = (MueRow) r;
                ps.setString(1, row.code());
                ps.setInt(2, row.units());
                ps.setInt(3, row.adjudicationIndicator());
                ps.setString(4, row.indicatorText());
                ps.setString(5, row.rationale());
                dates(ps, 6, row);
                ps.setString(8, row.sourceRelease());
                ps.setLong(9, versionId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void dates(PreparedStatement ps, int index, ContentRow row) throws SQLException {
        ps.setDate(index, Date.valueOf(row.effectiveFrom()));
        if (row.effectiveTo() == null) {
            ps.setNull(index + 1, Types.DATE);
        } else {
            ps.setDate(index + 1, Date.valueOf(row.effectiveTo()));
        }
    }

    private interface RowMapper {
        Stored map(ResultSet rs) throws SQLException;
    }

    private static List<Stored> query(Connection c, String sql, String parameter, RowMapper mapper) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            ps.setFetchSize(5000);
            List<Stored> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        }
    }

    private static Stored code(ResultSet rs) throws SQLException {
        String age = rs.getString("mce_age");
        Mce mce = new Mce(rs.getString("mce_sex"), age == null ? null : AgeGroup.valueOf(age),
                rs.getBoolean("manifestation"));
        return new Stored(rs.getLong("id"), new CodeRow(ContentKind.valueOf(rs.getString("code_system")),
                rs.getString("code"), rs.getBoolean("billable"), rs.getString("short_description"),
                rs.getString("long_description"), mce, date(rs, "effective_from"), date(rs, "effective_to"),
                rs.getString("source_release")));
    }

    private static Stored ptp(ResultSet rs) throws SQLException {
        return new Stored(rs.getLong("id"), new PtpRow(rs.getString("column1"), rs.getString("column2"),
                rs.getBoolean("prior_1996"), rs.getString("modifier_indicator").charAt(0), rs.getString("rationale"),
                date(rs, "effective_from"), date(rs, "effective_to"), rs.getString("source_release")));
    }

    private static Stored mue(ResultSet rs) throws SQLException {
        return new Stored(rs.getLong("id"), new MueRow(rs.getString("code"), rs.getInt("units"),
                rs.getInt("adjudication_indicator"), rs.getString("indicator_text"), rs.getString("rationale"),
                date(rs, "effective_from"), date(rs, "effective_to"), rs.getString("source_release")));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
