package io.revcycle.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which PostgreSQL runs: {@code REVCYCLE_POSTGRES=system|embedded|auto} (a system property, else an environment
 * variable; default auto). auto runs the machine's own binaries when installed (faster to start, the distribution's
 * build) and the io.zonky embedded one otherwise.
 */
public enum PostgresMode {
    SYSTEM, EMBEDDED, AUTO;

    public static final String SETTING = "REVCYCLE_POSTGRES";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresMode.class);

    public static PostgresMode configured() {
        return parse(Settings.get(SETTING));
    }

    public static PostgresMode parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SETTING + " must be system, embedded or auto, not '" + value + "'");
        }
    }

    PostgresServer start(int port, Path dataDir) {
        Optional<PostgresBinaries> binaries = this == EMBEDDED ? Optional.empty() : PostgresBinaries.find();
        if (resolve(binaries, dataDir) == EMBEDDED) {
            return EmbeddedPostgresServer.start(port, dataDir);
        }
        try {
            return SystemPostgresServer.start(binaries.orElseThrow(), port, dataDir);
        } catch (RuntimeException e) {
            if (this != AUTO) {
                throw e;
            }
            LOG.warn("system PostgreSQL {} did not start ({}); using the embedded one", binaries.get().binDir(),
                    e.getMessage());
            return EmbeddedPostgresServer.start(port, dataDir);
        }
    }

    /** SYSTEM or EMBEDDED: what this mode runs, given the binaries found and the data directory to reuse. */
    PostgresMode resolve(Optional<PostgresBinaries> binaries, Path dataDir) {
        if (this == EMBEDDED) {
            return EMBEDDED;
        }
        if (binaries.isEmpty()) {
            if (this == SYSTEM) {
                throw new IllegalStateException(SETTING + "=system, but no PostgreSQL binaries were found (looked at "
                        + PostgresBinaries.SETTING + ", /usr/lib/postgresql/*/bin and `pg_config --bindir`)");
            }
            return EMBEDDED;
        }
        Optional<String> existing = dataDirVersion(dataDir);
        if (existing.isPresent() && !existing.get().equals(binaries.get().major())) {
            // a data directory only opens with its own major version (e.g. one the embedded 14 created)
            if (this == SYSTEM) {
                throw new IllegalStateException(SETTING + "=system, but " + dataDir + " holds PostgreSQL "
                        + existing.get() + " data and the system binaries are " + binaries.get().version());
            }
            return EMBEDDED;
        }
        if (this == AUTO && !binaries.get().runnable()) {
            return EMBEDDED;
        }
        return SYSTEM;
    }

    private static Optional<String> dataDirVersion(Path dataDir) {
        if (dataDir == null || !Files.isRegularFile(dataDir.resolve("PG_VERSION"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(dataDir.resolve("PG_VERSION")).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
