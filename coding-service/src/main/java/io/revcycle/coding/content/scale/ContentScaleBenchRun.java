package io.revcycle.coding.content.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;

/**
 * {@code ./revcycle bench content} runs coding-service's own application once with
 * {@code revcycle.content-bench.run=true} against a database the launcher started: the bench runs after start-up,
 * writes {@code content-bench.json} and {@code content-bench.md}, and the application exits (0 done, 1 failed).
 * The launcher turns messaging and the IdP off for that run; nothing else of the service takes part.
 */
@ApplicationScoped
public class ContentScaleBenchRun {

    private static final Logger LOG = Logger.getLogger(ContentScaleBenchRun.class);

    private final ContentScaleBench bench;
    private final ObjectMapper json;
    private final boolean run;
    private final double scale;
    private final long seed;
    private final int encounters;
    private final Optional<String> out;

    public ContentScaleBenchRun(ContentScaleBench bench, ObjectMapper json,
            @ConfigProperty(name = "revcycle.content-bench.run", defaultValue = "false") boolean run,
            @ConfigProperty(name = "revcycle.content-bench.scale", defaultValue = "1.0") double scale,
            @ConfigProperty(name = "revcycle.content-bench.seed", defaultValue = "20261206") long seed,
            @ConfigProperty(name = "revcycle.content-bench.encounters", defaultValue = "200000") int encounters,
            @ConfigProperty(name = "revcycle.content-bench.out") Optional<String> out) {
        this.bench = bench;
        this.json = json;
        this.run = run;
        this.scale = scale;
        this.seed = seed;
        this.encounters = encounters;
        this.out = out;
    }

    void onStart(@Observes StartupEvent event) {
        if (!run) {
            return;
        }
        // off the start-up thread: the application is fully up (and stoppable) while the bench runs
        Thread worker = new Thread(() -> {
            int exit = 1;
            // a thread of its own has no request context, which the transaction API needs (the test has one)
            io.quarkus.arc.ManagedContext requestContext = io.quarkus.arc.Arc.container().requestContext();
            requestContext.activate();
            try {
                ContentScaleReport report = bench.run(scale, seed, encounters);
                Path dir = write(report, Path.of(out.orElse("content-bench")), json);
                LOG.infof("content bench done: %s", dir.resolve("content-bench.md"));
                exit = 0;
            } catch (RuntimeException | Error e) {
                LOG.error("content bench failed", e);
            } finally {
                requestContext.terminate();
                Quarkus.asyncExit(exit);
            }
        }, "content-bench");
        worker.start();
    }

    /** Writes content-bench.json and content-bench.md into dir (created when missing); returns dir. */
    public static Path write(ContentScaleReport report, Path dir, ObjectMapper json) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("content-bench.json"), json.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(report), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("content-bench.md"), report.markdown(), StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
