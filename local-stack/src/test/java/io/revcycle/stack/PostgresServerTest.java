package io.revcycle.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    /** PostgreSQL's DBState of a running cluster (and of one that crashed). */
    private static final int DB_IN_PRODUCTION = 6;

    private static final PostgresBinaries SOME_BINARIES = new PostgresBinaries(Path.of("/nonexistent/bin"), "15.18");

    @Test
    void shouldServeADatabasePerServiceFromTheSystemBinaries() throws Exception {
        PostgresBinaries binaries = installedBinaries();
        SystemPostgresServer server = SystemPostgresServer.start(binaries, 0, null);
        Path dataDir = server.dataDir();
        try {
            assertServes(server);
            assertThat(server.kind()).isEqualTo("system " + binaries.version());
            assertThat(query(server, "postgres", "show server_version")).startsWith(binaries.major() + ".");
            if (Files.isRegularFile(binaries.binDir().getParent().resolve("lib/pg_stat_statements.so"))) {
                // the bench's database profile (StatementStats) reads it
                assertThat(query(server, "postgres", "show shared_preload_libraries")).contains("pg_stat_statements");
            }
        } finally {
            server.close();
        }
        assertThat(dataDir).doesNotExist();
        assertRefusesConnections(server);
    }

    @Test
    void shouldServeADatabasePerServiceFromTheEmbeddedBinaries() throws Exception {
        PostgresServer server = EmbeddedPostgresServer.start(0, null);
        try {
            assertServes(server);
            assertThat(server.kind()).isEqualTo("embedded");
        } finally {
            server.close();
        }
        assertRefusesConnections(server);
    }

    @Test
    void shouldKeepTheDataOfAGivenDirectoryAcrossRestarts() throws Exception {
        PostgresBinaries binaries = installedBinaries();
        Path dir = Path.of("target", "pg-reuse-" + UUID.randomUUID()).toAbsolutePath();
        try {
            try (PostgresServer first = SystemPostgresServer.start(binaries, 0, dir)) {
                first.createDatabase("kept");
                update(first, "kept", "create table t (v int); insert into t values (42)");
            }
            assertThat(dir.resolve("PG_VERSION")).exists();
            try (PostgresServer second = SystemPostgresServer.start(binaries, 0, dir)) {
                assertThat(query(second, "kept", "select v from t")).isEqualTo("42");
            }
            assertThat(dir.resolve("PG_VERSION")).exists();
        } finally {
            deleteTree(dir);
        }
    }

    @Test
    void shouldStopTheSystemServerAsOnACrashAndBringItBackWithItsData() throws Exception {
        PostgresBinaries binaries = installedBinaries();
        assertComesBackAfterACrash(dir -> SystemPostgresServer.start(binaries, 0, dir));
    }

    @Test
    void shouldStopTheEmbeddedServerAsOnACrashAndBringItBackWithItsData() throws Exception {
        assertComesBackAfterACrash(dir -> EmbeddedPostgresServer.start(0, dir));
    }

    /**
     * The chaos run's database outage (issue 19), on a given data directory as the stack runs it: an immediate stop
     * (no shutdown checkpoint, as a crash leaves the cluster), then the same port and every acknowledged commit.
     */
    private static void assertComesBackAfterACrash(Function<Path, PostgresServer> start) throws Exception {
        Path dir = Path.of("target", "pg-outage-" + UUID.randomUUID()).toAbsolutePath();
        try (PostgresServer server = start.apply(dir)) {
            server.createDatabase("kept");
            update(server, "kept", "create table t (v numeric(12,2)); insert into t values (10.05)");
            int port = server.port();

            server.stopAbruptly();
            assertRefusesConnections(server);
            // a fast or smart stop would have written "shut down" (1) after its checkpoint
            assertThat(clusterState(dir)).as("pg_control's state").isEqualTo(DB_IN_PRODUCTION);
            server.startAgain();

            assertThat(server.port()).isEqualTo(port);
            // every acknowledged commit survived the crash: synchronous_commit is on even where fsync is off
            assertThat(query(server, "kept", "select v from t")).isEqualTo("10.05");
            assertThat(query(server, "kept", "show synchronous_commit")).isEqualTo("on");
        } finally {
            deleteTree(dir);
        }
    }

    /** DBState in global/pg_control: after the system identifier (8 bytes) and two version numbers (4 each). */
    private static int clusterState(Path dataDir) throws IOException {
        return ByteBuffer.wrap(Files.readAllBytes(dataDir.resolve("global/pg_control"))).order(ByteOrder.nativeOrder())
                .getInt(16);
    }

    @Test
    void shouldPickTheSystemBinariesWhenInstalledAndEmbeddedOtherwise() {
        assertThat(PostgresMode.AUTO.resolve(Optional.empty(), null)).isEqualTo(PostgresMode.EMBEDDED);
        assertThat(PostgresMode.EMBEDDED.resolve(Optional.of(SOME_BINARIES), null)).isEqualTo(PostgresMode.EMBEDDED);
        assertThat(PostgresMode.SYSTEM.resolve(Optional.of(SOME_BINARIES), null)).isEqualTo(PostgresMode.SYSTEM);
        PostgresBinaries installed = installedBinaries();
        assertThat(PostgresMode.AUTO.resolve(Optional.of(installed), null)).isEqualTo(PostgresMode.SYSTEM);
    }

    @Test
    void shouldFailClearlyWhenSystemIsForcedWithoutBinaries() {
        assertThatThrownBy(() -> PostgresMode.SYSTEM.resolve(Optional.empty(), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REVCYCLE_POSTGRES=system, but no PostgreSQL binaries were found");
    }

    @Test
    void shouldOpenADataDirectoryOnlyWithItsOwnMajorVersion() throws IOException {
        Path dir = Files.createTempDirectory("pg-version");
        try {
            Files.writeString(dir.resolve("PG_VERSION"), "14\n");
            assertThat(PostgresMode.AUTO.resolve(Optional.of(SOME_BINARIES), dir)).isEqualTo(PostgresMode.EMBEDDED);
            assertThatThrownBy(() -> PostgresMode.SYSTEM.resolve(Optional.of(SOME_BINARIES), dir))
                    .hasMessageContaining("holds PostgreSQL 14 data");
        } finally {
            deleteTree(dir);
        }
    }

    @Test
    void shouldReadTheModeSetting() {
        assertThat(PostgresMode.parse(null)).isEqualTo(PostgresMode.AUTO);
        assertThat(PostgresMode.parse(" System ")).isEqualTo(PostgresMode.SYSTEM);
        assertThat(PostgresMode.parse("embedded")).isEqualTo(PostgresMode.EMBEDDED);
        assertThatThrownBy(() -> PostgresMode.parse("docker"))
                .hasMessage("REVCYCLE_POSTGRES must be system, embedded or auto, not 'docker'");
    }

    private static PostgresBinaries installedBinaries() {
        Optional<PostgresBinaries> found = PostgresBinaries.find();
        assumeTrue(found.isPresent() && found.get().runnable(), "no runnable PostgreSQL installed here");
        return found.get();
    }

    private static void assertServes(PostgresServer server) throws SQLException {
        String db = "svc_" + UUID.randomUUID().toString().substring(0, 8);
        server.createDatabase(db);
        server.createDatabase(db); // idempotent
        update(server, db, "create table t (v numeric(12,2)); insert into t values (12.30)");
        assertThat(query(server, db, "select v from t")).isEqualTo("12.30");
        assertThat(query(server, db, "show max_connections")).isEqualTo("300");
        assertThat(query(server, db, "show fsync")).isEqualTo("off");
        assertThat(server.jdbcUrl(db)).isEqualTo("jdbc:postgresql://127.0.0.1:" + server.port() + "/" + db);
        assertThatThrownBy(() -> server.createDatabase("Robert'); drop"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefusesConnections(PostgresServer server) {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(),
                server.password()).close()).isInstanceOf(SQLException.class);
    }

    private static void update(PostgresServer server, String db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(db), server.user(), server.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(PostgresServer server, String db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(db), server.user(), server.password());
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> all = Files.walk(root)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
