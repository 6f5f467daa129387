package io.revcycle.testsupport;

import java.util.Locale;
import java.util.function.BooleanSupplier;

import io.revcycle.stack.Settings;

/**
 * How tests get their infrastructure: {@code REVCYCLE_TEST_INFRA=containers|embedded|auto} (a -D system property,
 * else an environment variable; default auto). auto uses Testcontainers when a Docker engine is reachable and the
 * embedded servers (in-process broker, PostgreSQL, registry child process) otherwise.
 */
public enum InfrastructureMode {
    CONTAINERS, EMBEDDED;

    public static final String SETTING = "REVCYCLE_TEST_INFRA";

    public static InfrastructureMode configured() {
        return select(Settings.get(SETTING), DockerProbe::isDockerAvailable);
    }

    /** The configured value (null = auto) decides; auto asks whether Docker is reachable, and only then. */
    public static InfrastructureMode select(String configured, BooleanSupplier dockerAvailable) {
        String value = configured == null || configured.isBlank() ? "auto"
                : configured.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "containers" -> CONTAINERS;
            case "embedded" -> EMBEDDED;
            case "auto" -> dockerAvailable.getAsBoolean() ? CONTAINERS : EMBEDDED;
            default -> throw new IllegalArgumentException(
                    SETTING + " must be containers, embedded or auto, not '" + configured + "'");
        };
    }
}
