package io.revcycle.messaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Header names RevCycle puts on events and dead letters. */
public final class EventHeaders {
    public static final String EVENT_ID = "revcycle.event-id";
    public static final String EVENT_TYPE = "revcycle.event-type";
    public static final String PRODUCER = "revcycle.producer";

    public static final String DLQ_REASON = "dlq.reason";
    public static final String DLQ_EXCEPTION = "dlq.exception";
    public static final String DLQ_CONSUMER = "dlq.consumer";
    public static final String DLQ_ORIGIN_TOPIC = "dlq.origin.topic";
    public static final String DLQ_ORIGIN_PARTITION = "dlq.origin.partition";
    public static final String DLQ_ORIGIN_OFFSET = "dlq.origin.offset";
    /** On a replayed record: the dead letter it came from (topic-partition@offset). */
    public static final String REPLAYED_FROM = "revcycle.replayed-from";

    private EventHeaders() {
    }

    public static void stamp(Headers headers, UUID eventId, String eventType, String producer) {
        put(headers, EVENT_ID, eventId.toString());
        put(headers, EVENT_TYPE, eventType);
        put(headers, PRODUCER, producer);
    }

    public static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8));
    }

    public static String get(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
