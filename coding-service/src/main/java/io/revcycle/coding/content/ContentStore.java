package io.revcycle.coding.content;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.coding.content.CodeRow.AgeGroup;
import io.revcycle.coding.content.CodeRow.Mce;
import io.revcycle.coding.content.ReleaseDiff.Stored;

/**
 * JDBC access to the content tables: content loads are bulk work (an ICD-10-CM order file has ~98,000 lines, an NCCI
 * PTP file two million), so new rows go in with COPY and closed rows with batched updates, not entities. Callers run
 * inside a transaction.
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
                case NCCI_PTP -> query(c, "select " + PTP_COLUMNS + " from ncci_ptp_edit", null, ContentStore::ptp,
                        new SharedValues());
                case MUE -> query(c, "select " + MUE_COLUMNS + " from mue_limit", null, ContentStore::mue,
                        new SharedValues());
                default -> query(c, "select " + CODE_COLUMNS + " from content_code where code_system = ?",
                        kind.name(), ContentStore::code, new SharedValues());
            };
        }
    }

    /** Every stored row of every kind: the source of an in-memory snapshot. */
    public List<ContentRow> allRows() throws SQLException {
        List<ContentRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            // the snapshot keeps these rows: one instance per distinct code, date and label, not one per row
            SharedValues shared = new SharedValues();
            query(c, "select " + CODE_COLUMNS + " from content_code", null, ContentStore::code, shared)
                    .forEach(s -> rows.add(s.row()));
            query(c, "select " + PTP_COLUMNS + " from ncci_ptp_edit", null, ContentStore::ptp, shared)
                    .forEach(s -> rows.add(s.row()));
            query(c, "select " + MUE_COLUMNS + " from mue_limit", null, ContentStore::mue, shared)
                    .forEach(s -> rows.add(s.row()));
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
        try (CopyRows copy = new CopyRows(c, "content_code", "code_system, code, billable, short_description, "
                + "long_description, mce_sex, mce_age, manifestation, effective_from, effective_to, source_release, "
                + "content_version_id")) {
            for (ContentRow r : rows) {
                CodeRow row = (CodeRow) r;
                Mce mce = row.mceOrNone();
                copy.add(row.system().name()).add(row.code()).add(row.billable()).add(row.shortDescription())
                        .add(row.longDescription()).add(mce.sex()).add(mce.age() == null ? null : mce.age().name())
                        .add(mce.manifestation()).add(row.effectiveFrom()).add(row.effectiveTo())
                        .add(row.sourceRelease()).add(versionId).endRow();
            }
            copy.finish();
        }
    }

    private static void insertPtp(Connection c, List<ContentRow> rows, long versionId) throws SQLException {
        try (CopyRows copy = new CopyRows(c, "ncci_ptp_edit", "column1, column2, prior_1996, modifier_indicator, "
                + "rationale, effective_from, effective_to, source_release, content_version_id")) {
            for (ContentRow r : rows) {
                PtpRow row = (PtpRow) r;
                copy.add(row.column1()).add(row.column2()).add(row.prior1996())
                        .add(String.valueOf(row.modifierIndicator())).add(row.rationale()).add(row.effectiveFrom())
                        .add(row.effectiveTo()).add(row.sourceRelease()).add(versionId).endRow();
            }
            copy.finish();
        }
    }

    private static void insertMue(Connection c, List<ContentRow> rows, long versionId) throws SQLException {
        try (CopyRows copy = new CopyRows(c, "mue_limit", "code, units, adjudication_indicator, indicator_text, "
                + "rationale, effective_from, effective_to, source_release, content_version_id")) {
            for (ContentRow r : rows) {
                MueRow row = (MueRow) r;
                copy.add(row.code()).add(row.units()).add(row.adjudicationIndicator()).add(row.indicatorText())
                        .add(row.rationale()).add(row.effectiveFrom()).add(row.effectiveTo()).add(row.sourceRelease())
                        .add(versionId).endRow();
            }
            copy.finish();
        }
    }

    private interface RowMapper {
        Stored map(ResultSet rs, SharedValues shared) throws SQLException;
    }

    private static List<Stored> query(Connection c, String sql, String parameter, RowMapper mapper,
            SharedValues shared) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            ps.setFetchSize(5000);
            List<Stored> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs, shared));
                }
            }
            return rows;
        }
    }

    private static Stored code(ResultSet rs, SharedValues shared) throws SQLException {
        String age = rs.getString("mce_age");
        Mce mce = shared.of(new Mce(rs.getString("mce_sex"), age == null ? null : AgeGroup.valueOf(age),
                rs.getBoolean("manifestation")));
        return new Stored(rs.getLong("id"), new CodeRow(ContentKind.valueOf(rs.getString("code_system")),
                rs.getString("code"), rs.getBoolean("billable"), rs.getString("short_description"),
                rs.getString("long_description"), mce, date(rs, "effective_from", shared),
                date(rs, "effective_to", shared), shared.of(rs.getString("source_release"))));
    }

    private static Stored ptp(ResultSet rs, SharedValues shared) throws SQLException {
        return new Stored(rs.getLong("id"), new PtpRow(shared.of(rs.getString("column1")),
                shared.of(rs.getString("column2")), rs.getBoolean("prior_1996"),
                rs.getString("modifier_indicator").charAt(0), shared.of(rs.getString("rationale")),
                date(rs, "effective_from", shared), date(rs, "effective_to", shared),
                shared.of(rs.getString("source_release"))));
    }

    private static Stored mue(ResultSet rs, SharedValues shared) throws SQLException {
        return new Stored(rs.getLong("id"), new MueRow(shared.of(rs.getString("code")), rs.getInt("units"),
                rs.getInt("adjudication_indicator"), shared.of(rs.getString("indicator_text")),
                shared.of(rs.getString("rationale")), date(rs, "effective_from", shared),
                date(rs, "effective_to", shared), shared.of(rs.getString("source_release"))));
    }

    private static LocalDate date(ResultSet rs, String column, SharedValues shared) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : shared.of(d.toLocalDate());
    }
}
