package io.revcycle.stack.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.revcycle.stack.PostgresServer;

/**
 * What the services asked of PostgreSQL during the measured run, from pg_stat_statements when the server preloads
 * it (the machine's own PostgreSQL does, see SystemPostgresServer): statements per encounter by database and the
 * statements that took the most server time. The profile of the database side, which JFR in the services cannot show.
 */
final class StatementStats {

    private final PostgresServer postgres;
    private final boolean available;

    private StatementStats(PostgresServer postgres, boolean available) {
        this.postgres = postgres;
        this.available = available;
    }

    /** Clears the counters so the report covers the measured run only; unavailable when the module is not loaded. */
    static StatementStats begin(PostgresServer postgres) {
        try (Connection c = connect(postgres); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
            s.execute("select pg_stat_statements_reset()");
            return new StatementStats(postgres, true);
        } catch (SQLException e) {
            return new StatementStats(postgres, false); // not preloaded (embedded PostgreSQL): no table in the report
        }
    }

    BenchReport.Statements end(int encounters, int top) {
        if (!available) {
            return new BenchReport.Statements(Map.of(), List.of());
        }
        Map<String, Double> perEncounter = new LinkedHashMap<>();
        List<BenchReport.TopStatement> statements = new ArrayList<>();
        try (Connection c = connect(postgres); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select d.datname, sum(p.calls) from pg_stat_statements p"
                    + " join pg_database d on d.oid = p.dbid group by d.datname order by 2 desc")) {
                while (rs.next()) {
                    perEncounter.put(rs.getString(1), Math.round(rs.getLong(2) * 10.0 / encounters) / 10.0);
                }
            }
            try (ResultSet rs = s.executeQuery("select d.datname, p.calls, p.total_exec_time, p.rows,"
                    + " left(regexp_replace(p.query, '\\s+', ' ', 'g'), 140) from pg_stat_statements p"
                    + " join pg_database d on d.oid = p.dbid order by p.total_exec_time desc limit " + top)) {
                while (rs.next()) {
                    statements.add(new BenchReport.TopStatement(rs.getString(1), rs.getLong(2),
                            Math.round(rs.getDouble(3)), rs.getLong(4), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            // the report says nothing rather than failing a finished run
        }
        return new BenchReport.Statements(perEncounter, statements);
    }

    private static Connection connect(PostgresServer postgres) throws SQLException {
        return postgres.connect("postgres");
    }
}
