package io.revcycle.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An installed PostgreSQL (initdb, pg_ctl, postgres): {@code REVCYCLE_POSTGRES_BIN} if set, else the newest
 * Debian/Ubuntu {@code /usr/lib/postgresql/N/bin}, else {@code pg_config --bindir}.
 */
record PostgresBinaries(Path binDir, String version) {

    static final String SETTING = "REVCYCLE_POSTGRES_BIN";
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+(?:\\.\\d+)?)");

    static Optional<PostgresBinaries> find() {
        String configured = Settings.get(SETTING);
        if (configured != null && !configured.isBlank()) {
            return at(Path.of(configured));
        }
        for (Path dir : debianBinDirs()) {
            Optional<PostgresBinaries> found = at(dir);
            if (found.isPresent()) {
                return found;
            }
        }
        return run(Duration.ofSeconds(5), "pg_config", "--bindir").flatMap(out -> at(Path.of(out.trim())));
    }

    static Optional<PostgresBinaries> at(Path binDir) {
        if (!Files.isExecutable(binDir.resolve("initdb")) || !Files.isExecutable(binDir.resolve("pg_ctl"))) {
            return Optional.empty();
        }
        return run(Duration.ofSeconds(5), binDir.resolve("pg_ctl").toString(), "--version")
                .map(VERSION::matcher).filter(Matcher::find)
                .map(m -> new PostgresBinaries(binDir.toAbsolutePath(), m.group(1)));
    }

    String major() {
        return version.split("\\.")[0];
    }

    Path tool(String name) {
        return binDir.resolve(name);
    }

    /** PostgreSQL refuses to run as root: then it runs as the postgres account through runuser, which must exist. */
    boolean runnable() {
        return !SystemPostgresServer.isRoot() || run(Duration.ofSeconds(5), "runuser", "-u", "postgres", "--", "true")
                .isPresent();
    }

    private static List<Path> debianBinDirs() {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> versions = Files.list(base)) {
            List<Path> dirs = new ArrayList<>(versions.filter(p -> p.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .sorted(Comparator.comparingDouble((Path p) -> Double.parseDouble(p.getFileName().toString()))
                            .reversed())
                    .map(p -> p.resolve("bin")).toList());
            return dirs;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Output of a quick command, empty when it is missing, fails or hangs. */
    private static Optional<String> run(Duration timeout, String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes());
            return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
