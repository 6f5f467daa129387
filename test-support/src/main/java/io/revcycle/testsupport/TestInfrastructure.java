package io.revcycle.testsupport;

import io.revcycle.stack.PostgresServer;

/** One running set of real Kafka, PostgreSQL and Apicurio Registry, however it was started. */
interface TestInfrastructure extends AutoCloseable {

    String bootstrapServers();

    /** What the Apicurio serdes are given: the registry's {@code /apis/registry/v2} base. */
    String registryUrl();

    PostgresServer postgres();

    /** Stops the broker for an outage test; false where this kind of infrastructure cannot (containers). */
    default boolean stopBroker() {
        return false;
    }

    default void startBroker() {
        throw new UnsupportedOperationException("this infrastructure cannot restart its broker");
    }

    /** For the log line: what runs. */
    String describe();

    @Override
    void close();
}
