package io.revcycle.stack;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL from the machine's own binaries (initdb, then {@code pg_ctl start}). They refuse to run as root, so a
 * root JVM runs them as the postgres account through {@code runuser} on a data directory that account owns. The
 * server listens on 127.0.0.1 only, with no Unix socket, and trades durability for speed (fsync off): it is a
 * local/test server. It survives its own crash (every commit reaches the OS), not the machine's. Stopped with
 * {@code pg_ctl stop -m fast} on close or at JVM exit.
 */
final class SystemPostgresServer implements PostgresServer {

    private static final Logger LOG = LoggerFactory.getLogger(SystemPostgresServer.class);
    private static final String ACCOUNT = "postgres";
    private static final String SETTINGS = String.join("\n", "",
            "# RevCycle local/test server: loopback only, no socket file, speed over durability against an OS crash",
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = ''",
            "max_connections = 300",
            "fsync = off",
            "full_page_writes = off",
            "");

    private final PostgresBinaries binaries;
    private final Path dataDir;
    private final Path temporaryRoot;
    private final int port;
    private boolean closed;

    private SystemPostgresServer(PostgresBinaries binaries, Path dataDir, Path temporaryRoot, int port) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.temporaryRoot = temporaryRoot;
        this.port = port;
    }

    static SystemPostgresServer start(PostgresBinaries binaries, int port, Path dataDir) {
        Path temporaryRoot = null;
        Path dir = null;
        boolean fresh = false;
        try {
            if (dataDir == null) {
                temporaryRoot = Files.createTempDirectory("revcycle-pg-");
                giveToPostgres(temporaryRoot);
                dir = temporaryRoot.resolve("data");
            } else {
                dir = dataDir.toAbsolutePath().normalize();
            }
            fresh = !Files.exists(dir.resolve("PG_VERSION"));
            if (fresh) {
                Files.createDirectories(dir);
                giveToPostgres(dir);
                initdb(binaries, dir);
            } else if (isRoot()) {
                giveTreeToPostgres(dir); // e.g. a directory copied by root
            }
            int p = port == 0 ? Ports.free() : port;
            pgCtlStart(binaries, dir, p);
            SystemPostgresServer server = new SystemPostgresServer(binaries, dir, temporaryRoot, p);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "postgres-stop"));
            LOG.info("PostgreSQL {} from {} on 127.0.0.1:{}, data {}", binaries.version(), binaries.binDir(), p, dir);
            return server;
        } catch (IOException | RuntimeException e) {
            if (temporaryRoot != null) {
                deleteTree(temporaryRoot);
            } else if (fresh && dir != null) {
                deleteTree(dir); // half-initialised: let the next start (or the fallback) begin clean
            }
            throw new IllegalStateException("cannot start PostgreSQL " + binaries.version() + " from "
                    + binaries.binDir() + ": " + e.getMessage(), e);
        }
    }

    /**
     * synchronous_commit on, also over a data directory an older stack wrote with it off: with it off a commit
     * returns before its WAL reaches the OS, and a server crash (the chaos run's abrupt stop) loses the last
     * commits, which the services have already acknowledged to Kafka. With fsync off it only costs a write(2).
     */
    private static void pgCtlStart(PostgresBinaries binaries, Path dir, int port) {
        run(binaries, Duration.ofSeconds(90), dir, binaries.tool("pg_ctl").toString(), "-D", dir.toString(),
                "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c synchronous_commit=on", "start");
    }

    /** {@code pg_ctl stop -m immediate}: the server quits without a checkpoint, as on a crash. */
    @Override
    public synchronized void stopAbruptly() {
        run(binaries, Duration.ofSeconds(60), dataDir, binaries.tool("pg_ctl").toString(), "-D", dataDir.toString(),
                "-m", "immediate", "-w", "-t", "30", "stop");
    }

    @Override
    public synchronized void startAgain() {
        pgCtlStart(binaries, dataDir, port);
    }

    private static void initdb(PostgresBinaries binaries, Path dir) throws IOException {
        Path passwordFile = Files.createTempFile("revcycle-pg-password", ".txt");
        try {
            Files.writeString(passwordFile, "postgres\n");
            giveToPostgres(passwordFile);
            run(binaries, Duration.ofSeconds(120), dir, binaries.tool("initdb").toString(), "-D", dir.toString(),
                    "-U", ACCOUNT, "--pwfile=" + passwordFile, "--auth-host=scram-sha-256", "--auth-local=trust",
                    "-E", "UTF8", "--locale=C", "--no-sync");
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        Files.writeString(dir.resolve("postgresql.conf"), SETTINGS + statementStatistics(binaries),
                StandardOpenOption.APPEND);
    }

    /** pg_stat_statements where the binaries ship it (Debian does): the bench's profile of the database side. */
    private static String statementStatistics(PostgresBinaries binaries) {
        Path library = binaries.binDir().getParent().resolve("lib/pg_stat_statements.so");
        return Files.isRegularFile(library) ? "shared_preload_libraries = 'pg_stat_statements'\n" : "";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String kind() {
        return "system " + binaries.version();
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            run(binaries, Duration.ofSeconds(60), dataDir, binaries.tool("pg_ctl").toString(), "-D",
                    dataDir.toString(), "-m", "fast", "-w", "-t", "30", "stop");
        } catch (RuntimeException e) {
            LOG.warn("stopping PostgreSQL in {} failed: {}", dataDir, e.getMessage());
        }
        if (temporaryRoot != null) {
            deleteTree(temporaryRoot);
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs a PostgreSQL tool (as the postgres account when root); fails with its output on a non-zero exit. */
    private static void run(PostgresBinaries binaries, Duration timeout, Path dataDir, String... command) {
        List<String> cmd = new ArrayList<>();
        if (isRoot()) {
            cmd.addAll(List.of("runuser", "-u", ACCOUNT, "--"));
        }
        cmd.addAll(List.of(command));
        Path output = null;
        try {
            output = Files.createTempFile("revcycle-pg-cmd", ".log");
            // output to a file, not a pipe: the server pg_ctl leaves running must not hold our stream open
            Process p = new ProcessBuilder(cmd).directory(new File("/")).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command[0] + " did not finish within " + timeout);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(Path.of(command[0]).getFileName() + " " + command[command.length - 1]
                        + " exited with " + p.exitValue() + ": " + Files.readString(output).trim()
                        + serverLogTail(dataDir));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException e) {
                    // a temp file left behind
                }
            }
        }
    }

    private static String serverLogTail(Path dataDir) {
        Path log = dataDir.resolve("server.log");
        try {
            List<String> lines = Files.readAllLines(log);
            return "\n" + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static void giveToPostgres(Path path) throws IOException {
        if (!isRoot()) {
            return;
        }
        UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
        UserPrincipal user = lookup.lookupPrincipalByName(ACCOUNT);
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(ACCOUNT);
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        view.setOwner(user);
        view.setGroup(group);
    }

    private static void giveTreeToPostgres(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                giveToPostgres(p);
            }
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", root, e.getMessage());
        }
    }
}
