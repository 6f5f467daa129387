package io.revcycle.testsupport;

import org.jboss.logging.Logger;

import io.revcycle.stack.PostgresServer;

/**
 * Real Kafka, PostgreSQL and Apicurio Registry, started once per test JVM and stopped when it exits: containers
 * when a Docker engine is reachable, embedded servers otherwise (see {@link InfrastructureMode}).
 */
public final class SharedInfrastructure {

    private static final Logger LOG = Logger.getLogger(SharedInfrastructure.class);
    private static SharedInfrastructure instance;

    private final InfrastructureMode mode;
    private final TestInfrastructure infra;

    private SharedInfrastructure(InfrastructureMode mode, TestInfrastructure infra) {
        this.mode = mode;
        this.infra = infra;
    }

    public static synchronized SharedInfrastructure get() {
        if (instance == null) {
            long t0 = System.nanoTime();
            InfrastructureMode mode = InfrastructureMode.configured();
            long chosen = System.nanoTime();
            TestInfrastructure infra = mode == InfrastructureMode.CONTAINERS ? ContainerInfrastructure.start()
                    : EmbeddedInfrastructure.start();
            instance = new SharedInfrastructure(mode, infra);
            Runtime.getRuntime().addShutdownHook(new Thread(infra::close, "test-infrastructure-stop"));
            LOG.infof("test infrastructure up in %d ms (mode chosen in %d ms): %s",
                    (System.nanoTime() - t0) / 1_000_000, (chosen - t0) / 1_000_000, infra.describe());
        }
        return instance;
    }

    public InfrastructureMode mode() {
        return mode;
    }

    public String bootstrapServers() {
        return infra.bootstrapServers();
    }

    public String registryUrl() {
        return infra.registryUrl();
    }

    public PostgresServer postgres() {
        return infra.postgres();
    }

    /**
     * Stops the shared broker to play an outage (every client in the JVM loses it); returns false, stopping nothing,
     * where the infrastructure cannot bring it back on the same address. Pair with {@link #startBroker()}.
     */
    public boolean stopBroker() {
        return infra.stopBroker();
    }

    public void startBroker() {
        infra.startBroker();
    }
}
