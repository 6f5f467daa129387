package io.revcycle.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * Row counts of every table of a service's database (its current schema), to show that bad input left no state
 * behind: compare {@link #of} before and after, minus the tables that record refusals by design.
 */
public final class TableCounts {

    private TableCounts() {
    }

    /** Table name → rows, for every base table of the current schema except {@code except} and Flyway's history. */
    public static Map<String, Long> of(DataSource db, Set<String> except) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select table_name from information_schema.tables where table_schema = "
                    + "current_schema() and table_type = 'BASE TABLE' order by table_name")) {
                while (r.next()) {
                    String t = r.getString(1);
                    if (!except.contains(t) && !t.startsWith("flyway_schema_history")) {
                        tables.add(t);
                    }
                }
            }
            if (tables.isEmpty()) {
                return Map.of();
            }
            // one statement for all tables: the sweep takes a snapshot around every mutant
            StringBuilder q = new StringBuilder("select ");
            for (int i = 0; i < tables.size(); i++) {
                q.append(i == 0 ? "" : ", ").append("(select count(*) from \"").append(tables.get(i)).append("\")");
            }
            Map<String, Long> counts = new TreeMap<>();
            try (ResultSet r = s.executeQuery(q.toString())) {
                r.next();
                for (int i = 0; i < tables.size(); i++) {
                    counts.put(tables.get(i), r.getLong(i + 1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the rows of the service's tables", e);
        }
    }

    /** "table: before → after" for each table whose count differs. */
    public static List<String> changes(Map<String, Long> before, Map<String, Long> after) {
        List<String> out = new ArrayList<>();
        Set<String> all = new java.util.TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String t : all) {
            Long b = before.get(t);
            Long a = after.get(t);
            if (!java.util.Objects.equals(a, b)) {
                out.add(t + ": " + b + " -> " + a);
            }
        }
        return out;
    }
}
