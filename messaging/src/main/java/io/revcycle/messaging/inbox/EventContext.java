package io.revcycle.messaging.inbox;

import java.util.UUID;

/** Where an event came from, for handlers that log or trace. */
public record EventContext(UUID eventId, String topic, int partition, long offset, String key) {
}
