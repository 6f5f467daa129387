package io.revcycle.messaging.inbox;

import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

/**
 * Handles one integration event type from one topic. Implement it as an {@code @ApplicationScoped} bean and the
 * shared consumer runs it: inside a database transaction that also records the event as processed (so a redelivery
 * has no effect) and commits any events published through the outbox.
 */
public interface IntegrationEventHandler<E extends SpecificRecord> {

    String topic();

    Class<E> eventType();

    /** Throwing rolls back the whole effect; after the configured attempts the record is dead-lettered. */
    void handle(E event, EventContext context);

    /** A handler whose source is configured per deployment (the EDI gateway's topic intake) may be switched off. */
    default boolean enabled() {
        return true;
    }

    /**
     * Handlers of one service returning the same name share one consumer thread and group ({@code <service>.<name>}),
     * their topics polled together: for handlers that write the same rows, which on two threads would wait on each
     * other's batch locks. Each keeps its {@link #consumerName} as inbox key; on the first start the shared group takes
     * up each partition where the handler's own group stopped.
     */
    default Optional<String> sharedConsumer() {
        return Optional.empty();
    }

    /** Consumer name (group id and inbox key); stable across releases. */
    default String consumerName(String serviceName) {
        return serviceName + "." + topic();
    }
}
