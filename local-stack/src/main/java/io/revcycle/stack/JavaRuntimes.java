package io.revcycle.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds a JDK of at least a given feature version for a child process that needs a newer Java than the build
 * (Keycloak 26 needs 21+): {@code REVCYCLE_KEYCLOAK_JAVA_HOME}, this JVM, {@code JAVA_HOME}, then the newest JDK in
 * the usual install folders ({@code /usr/lib/jvm}, {@code /usr/java}, {@code /Library/Java/JavaVirtualMachines},
 * SDKMAN's {@code ~/.sdkman/candidates/java}).
 */
public final class JavaRuntimes {

    private JavaRuntimes() {
    }

    public static Path requireHome(int minimumFeature, String setting, String forWhat) {
        return findHome(minimumFeature, setting).orElseThrow(() -> new IllegalStateException(forWhat + " needs Java "
                + minimumFeature + " or newer and none was found: install a JDK " + minimumFeature + "+ (e.g. Temurin)"
                + " or point " + setting + " at one (this JVM is Java " + Runtime.version().feature() + ")"));
    }

    static Optional<Path> findHome(int minimumFeature, String setting) {
        List<Path> candidates = new ArrayList<>();
        String configured = Settings.get(setting);
        if (configured != null) {
            Path home = Path.of(configured);
            if (feature(home).orElse(0) < minimumFeature) {
                throw new IllegalStateException(setting + "=" + configured + " is not a JDK " + minimumFeature + "+");
            }
            return Optional.of(home);
        }
        candidates.add(Path.of(System.getProperty("java.home")));
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome));
        }
        for (Path first : candidates) {
            if (feature(first).orElse(0) >= minimumFeature) {
                return Optional.of(first);
            }
        }
        String userHome = System.getProperty("user.home");
        return Stream.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/Library/Java/JavaVirtualMachines"),
                Path.of(userHome, ".sdkman", "candidates", "java"))
                .filter(Files::isDirectory)
                .flatMap(JavaRuntimes::children)
                .map(dir -> Files.isDirectory(dir.resolve("Contents/Home")) ? dir.resolve("Contents/Home") : dir)
                .filter(dir -> feature(dir).orElse(0) >= minimumFeature)
                .max(Comparator.comparingInt((Path dir) -> feature(dir).orElse(0)).thenComparing(Path::toString));
    }

    /** The feature version a JDK's {@code release} file declares, when it has one and a java launcher. */
    static Optional<Integer> feature(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        try (var in = Files.newBufferedReader(release)) {
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("JAVA_VERSION", "").replace("\"", "");
            String first = version.split("[.+-]")[0];
            return Optional.of(Integer.parseInt(first.equals("1") ? version.split("\\.")[1] : first));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Stream<Path> children(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !Files.isSymbolicLink(p)).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
