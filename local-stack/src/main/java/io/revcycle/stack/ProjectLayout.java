package io.revcycle.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root (where the build put the runnable jars) from wherever the JVM started. */
public final class ProjectLayout {
    private ProjectLayout() {
    }

    public static Path root() {
        String configured = System.getProperty("revcycle.root", System.getenv("REVCYCLE_ROOT"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("revcycle")) && Files.exists(dir.resolve("common-events"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the RevCycle root; set -Drevcycle.root");
    }

    public static Path registryRunner() {
        return requireFile(root().resolve("deploy/apicurio-registry/target/quarkus-app/quarkus-run.jar"));
    }

    /** The Keycloak distribution deploy/keycloak unpacked. */
    public static Path keycloakHome() {
        Path target = root().resolve("deploy/keycloak/target");
        try (var dirs = Files.list(target)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("keycloak-")
                    && Files.isRegularFile(d.resolve("bin/kc.sh")))
                    .findFirst().orElseThrow();
        } catch (java.io.IOException | java.util.NoSuchElementException e) {
            throw new IllegalStateException("Keycloak is missing in " + target
                    + ": build first (./mvnw -DskipTests install)");
        }
    }

    public static Path quarkusRunner(String module) {
        return requireFile(root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar"));
    }

    private static Path requireFile(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(p + " is missing: build first (./mvnw -DskipTests install)");
        }
        return p;
    }
}
