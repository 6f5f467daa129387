package io.revcycle.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

import io.revcycle.stack.PostgresServer;
import io.revcycle.stack.ProjectLayout;
import io.revcycle.stack.RegistryServer;

/**
 * Without Docker: the KRaft broker inside the test JVM, PostgreSQL from the system binaries or io.zonky
 * ({@link PostgresServer#start}) and the Apicurio Registry runner as a child process.
 */
final class EmbeddedInfrastructure implements TestInfrastructure {

    private final InProcessKafka kafka;
    private final PostgresServer postgres;
    private final RegistryServer registry;
    private final String timings;

    private EmbeddedInfrastructure(InProcessKafka kafka, PostgresServer postgres, RegistryServer registry,
            String timings) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.registry = registry;
        this.timings = timings;
    }

    static EmbeddedInfrastructure start() {
        RegistryStarter registryStarter = new RegistryStarter(logDir());
        registryStarter.start(); // the registry takes longest: start it while the rest comes up
        long t0 = System.nanoTime();
        InProcessKafka kafka = InProcessKafka.start();
        long t1 = System.nanoTime();
        PostgresServer postgres = PostgresServer.start(0, null);
        long t2 = System.nanoTime();
        RegistryServer registry = registryStarter.await();
        String timings = "kafka " + (t1 - t0) / 1_000_000 + " ms, postgres " + (t2 - t1) / 1_000_000
                + " ms, registry ready " + (System.nanoTime() - t0) / 1_000_000 + " ms after start";
        return new EmbeddedInfrastructure(kafka, postgres, registry, timings);
    }

    @Override
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String registryUrl() {
        return registry.apiUrl();
    }

    @Override
    public PostgresServer postgres() {
        return postgres;
    }

    @Override
    public boolean stopBroker() {
        kafka.stopBroker();
        return true;
    }

    @Override
    public void startBroker() {
        kafka.startBroker();
    }

    @Override
    public String describe() {
        return "embedded: kafka " + kafka.bootstrapServers() + ", postgres (" + postgres.kind() + ") :"
                + postgres.port() + ", registry " + registry.apiUrl() + " (" + timings + ")";
    }

    @Override
    public void close() {
        try {
            registry.close();
        } catch (RuntimeException e) {
            // exiting anyway
        }
        try {
            kafka.close();
        } catch (Exception e) {
            // exiting anyway
        }
        postgres.close();
    }

    private static Path logDir() {
        try {
            Path dir = ProjectLayout.root().resolve("target/test-infrastructure");
            Files.createDirectories(dir);
            return Files.createTempDirectory(dir, "run-");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class RegistryStarter extends Thread {
        private final Path logs;
        private volatile RegistryServer server;
        private volatile RuntimeException failure;

        RegistryStarter(Path logs) {
            super("registry-starter");
            this.logs = logs;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                server = RegistryServer.start(0, logs);
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        RegistryServer await() {
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (failure != null) {
                throw failure;
            }
            return server;
        }
    }
}
