package io.revcycle.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.testcontainers.DockerClientFactory;

/**
 * Whether Testcontainers reaches a Docker engine; any failure (even a missing class) means no. Asked once per JVM.
 * Where nothing hints at an engine (no DOCKER_HOST, no Testcontainers or Docker client configuration, no socket in
 * the usual places) the answer is no without loading Testcontainers, which costs ~1 s of start-up.
 */
public final class DockerProbe {

    // where Testcontainers logs "Could not find a valid Docker environment" as an ERROR: expected without Docker
    private static final String STRATEGY_LOGGER = "org.testcontainers.dockerclient.DockerClientProviderStrategy";
    private static Boolean available;

    private DockerProbe() {
    }

    public static synchronized boolean isDockerAvailable() {
        if (available == null) {
            available = anyHint() && askTestcontainers(true);
        }
        return available;
    }

    static boolean anyHint() {
        if (System.getenv("DOCKER_HOST") != null || System.getenv("TESTCONTAINERS_HOST_OVERRIDE") != null) {
            return true;
        }
        Path home = Path.of(System.getProperty("user.home"));
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        List<Path> hints = new ArrayList<>(List.of(home.resolve(".testcontainers.properties"),
                home.resolve(".docker"), Path.of("/var/run/docker.sock"), Path.of("/run/docker.sock")));
        if (runtime != null) {
            hints.add(Path.of(runtime, "docker.sock"));
            hints.add(Path.of(runtime, ".docker/run/docker.sock"));
        }
        return hints.stream().anyMatch(Files::exists);
    }

    /** Testcontainers' own answer; quiet hides its ERROR report of every strategy it tried. */
    static boolean askTestcontainers(boolean quiet) {
        Logger strategyLog = Logger.getLogger(STRATEGY_LOGGER);
        Level level = strategyLog.getLevel();
        if (quiet) {
            strategyLog.setLevel(Level.OFF);
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) { // a docker-java failure or a missing class: no engine
            return false;
        } finally {
            if (quiet) {
                strategyLog.setLevel(level);
            }
        }
    }
}
