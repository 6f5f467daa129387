package io.revcycle.rest;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one test of whether a failure means the database cannot be used right now (connection lost or refused, server
 * shutting down, pool exhausted): an API answers 503 and asks to retry (ProblemMappers), a consumer pauses and retries
 * without dead-lettering (messaging's Failures). Named by class, not imported: this module does not depend on JPA.
 */
public final class DatabaseOutage {

    /** How long a client is asked to wait (Retry-After) before asking again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseOutage() {
    }

    /** The answer to a request that met the outage: 503, nothing changed, ask again shortly. */
    public static Problem problem(String instance) {
        return new Problem(URI.create("about:blank"), "Service Unavailable",
                503, "The service's database is unavailable; nothing was changed. Retry shortly", instance, List.of());
    }

    public static boolean causes(Throwable t) {
        for (Throwable c : chain(t)) {
            if (c instanceof SQLTransientException || c instanceof SQLNonTransientConnectionException
                    || c instanceof SQLRecoverableException) {
                return true;
            }
            String name = c.getClass().getName();
            if (name.equals("org.hibernate.exception.JDBCConnectionException")
                    || name.equals("org.hibernate.exception.LockAcquisitionException")) {
                return true;
            }
            if (c instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                // 08: connection exception; 57P0x: server shutting down; 53300: too many connections
                if (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300")) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                // Agroal's pool acquisition timeout is a plain SQLException without a state
                if (message.contains("acquisition timeout") || message.contains("connection is closed")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The cause chain with the suppressed exceptions and their own causes (a failed commit is a RollbackException
     * whose suppressed XAException holds the lost connection), bounded against cycles.
     */
    public static List<Throwable> chain(Throwable t) {
        List<Throwable> all = new ArrayList<>();
        collect(t, all);
        return all;
    }

    private static void collect(Throwable t, List<Throwable> all) {
        for (Throwable c = t; c != null && all.size() < 32; c = c.getCause() == c ? null : c.getCause()) {
            if (all.contains(c)) {
                return;
            }
            all.add(c);
            for (Throwable s : c.getSuppressed()) {
                collect(s, all);
            }
        }
    }
}
