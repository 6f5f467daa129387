package io.revcycle.messaging.inbox;

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

    /** Consumer name (group id and inbox key); stable across releases. */
    default String consumerName(String serviceName) {
        return serviceName + "." + topic();
    }
}
