package io.revcycle.stack.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.revcycle.stack.ManagedProcess;
import io.revcycle.stack.PostgresServer;
import io.revcycle.stack.ProjectLayout;

/**
 * {@code ./revcycle bench content}: content at real scale in coding-service's own packaged application. A fresh
 * PostgreSQL is started, then the application runs once with {@code revcycle.content-bench.run=true}
 * (ContentScaleBenchRun: generate, load, snapshot, edits engine, report, exit) with messaging and the IdP off, as
 * they take no part; the database is thrown away afterwards.
 */
public final class ContentBench {

    public record Options(double scale, long seed, int encounters, Path out, Path workDir) {
    }

    private ContentBench() {
    }

    /** Returns the report's Markdown; fails with the log's path when the run fails. */
    public static String run(Options options, java.util.function.Consumer<String> progress) throws Exception {
        Files.createDirectories(options.out());
        Path log = options.workDir().resolve("logs/coding-service-content-bench.log");
        progress.accept("starting PostgreSQL");
        try (PostgresServer postgres = PostgresServer.start(0, null)) {
            postgres.createDatabase("coding");
            List<String> jvm = new ArrayList<>(List.of(
                    // the full-size snapshot is ~160 MB retained, and the rows it is built from come on top
                    "-Xmx1536m", "-XX:+UseParallelGC",
                    "-Dquarkus.http.port=0", "-Dquarkus.http.host=127.0.0.1",
                    "-Drevcycle.messaging.enabled=false", "-Dquarkus.oidc.tenant-enabled=false",
                    "-Drevcycle.hl7.mllp.enabled=false",
                    "-Drevcycle.content-bench.run=true",
                    "-Drevcycle.content-bench.scale=" + options.scale(),
                    "-Drevcycle.content-bench.seed=" + options.seed(),
                    "-Drevcycle.content-bench.encounters=" + options.encounters(),
                    "-Drevcycle.content-bench.out=" + options.out().toAbsolutePath()));
            for (String prefix : List.of("", "%prod.")) {
                jvm.add("-D" + prefix + "quarkus.datasource.jdbc.url=" + postgres.jdbcUrl("coding"));
                jvm.add("-D" + prefix + "quarkus.datasource.username=" + postgres.user());
                jvm.add("-D" + prefix + "quarkus.datasource.password=" + postgres.password());
            }
            progress.accept("scale " + options.scale() + ": generating, loading and measuring in coding-service"
                    + " (log: " + log + ")");
            try (ManagedProcess app = new ManagedProcess("coding-service content bench", ManagedProcess.java(jvm,
                    "-jar", ProjectLayout.quarkusRunner("coding-service").toString()), log).start()) {
                int exit = app.awaitExit(Duration.ofHours(2));
                if (exit != 0) {
                    throw new IllegalStateException("the content bench failed (exit " + exit + "); see " + log);
                }
            }
        }
        return Files.readString(options.out().resolve("content-bench.md"));
    }
}
