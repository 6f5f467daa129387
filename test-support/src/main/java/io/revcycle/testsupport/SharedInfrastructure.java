package io.revcycle.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.logging.Logger;

import io.revcycle.stack.PostgresServer;
import io.revcycle.stack.ProjectLayout;
import io.revcycle.stack.RegistryServer;

/**
 * Real Kafka, PostgreSQL and Apicurio Registry, started once per test JVM and stopped when it exits. Every part is
 * the real server: the broker runs in-process, PostgreSQL and the registry as child processes.
 */
public final class SharedInfrastructure {

    private static final Logger LOG = Logger.getLogger(SharedInfrastructure.class);
    private static SharedInfrastructure instance;

    private final InProcessKafka kafka;
    private final PostgresServer postgres;
    private final RegistryServer registry;

    private SharedInfrastructure(InProcessKafka kafka, PostgresServer postgres, RegistryServer registry) {
        this.kafka = kafka;
        this.postgres = postgres;
        this.registry = registry;
    }

    public static synchronized SharedInfrastructure get() {
        if (instance == null) {
            long t0 = System.nanoTime();
            Path logs = logDir();
            RegistryStarter registryStarter = new RegistryStarter(logs);
            registryStarter.start(); // the registry takes longest: start it while the rest comes up
            InProcessKafka kafka = InProcessKafka.start();
            PostgresServer postgres = PostgresServer.start(0, null);
            instance = new SharedInfrastructure(kafka, postgres, registryStarter.await());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-infrastructure-stop"));
            LOG.infof("test infrastructure up in %d ms: kafka %s, postgres :%d, registry %s",
                    (System.nanoTime() - t0) / 1_000_000, kafka.bootstrapServers(), postgres.port(),
                    instance.registry.apiUrl());
        }
        return instance;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String registryUrl() {
        return registry.apiUrl();
    }

    public PostgresServer postgres() {
        return postgres;
    }

    private void stop() {
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
