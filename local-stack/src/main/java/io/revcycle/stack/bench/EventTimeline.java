package io.revcycle.stack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.config.SerdeConfig;
import io.revcycle.events.Topics;

/**
 * Every business event of the run, read back from the topics after it settled: per encounter, when each stage's event
 * occurred (the event's own {@code occurredAt}, stamped in the transaction that made the change) and how many
 * distinct events of each kind it got.
 */
final class EventTimeline {

    enum Kind {
        DOCUMENTED(Topics.ENCOUNTER_DOCUMENTED), CODED(Topics.ENCOUNTER_CODED), VERIFIED(Topics.ELIGIBILITY_VERIFIED),
        SUBMITTED(Topics.CLAIM_SUBMITTED), ADJUDICATED(Topics.CLAIM_ADJUDICATED), DENIED(Topics.DENIAL_RAISED),
        BALANCE(Topics.PATIENT_BALANCE_CHANGED);

        final String topic;

        Kind(String topic) {
            this.topic = topic;
        }
    }

    /** One encounter's events: first occurrence per kind (epoch ms, 0 = none) and distinct event ids per kind. */
    static final class Encounter {
        final EnumMap<Kind, Long> first = new EnumMap<>(Kind.class);
        final EnumMap<Kind, Set<String>> ids = new EnumMap<>(Kind.class);

        long at(Kind kind) {
            return first.getOrDefault(kind, 0L);
        }

        int count(Kind kind) {
            Set<String> s = ids.get(kind);
            return s == null ? 0 : s.size();
        }
    }

    /** Where a run event sits on its topic: what the order check ({@link ApplyOrder}) compares against. */
    record Position(String topic, int partition, long offset) {
    }

    final Map<String, Encounter> byEncounter = new HashMap<>();
    /** Every event of the run by event id. */
    final Map<String, Position> positions = new HashMap<>();
    final EnumMap<Kind, Long> records = new EnumMap<>(Kind.class);
    final EnumMap<Kind, Long> valueBytes = new EnumMap<>(Kind.class);

    /**
     * Where an event was published, the first copy kept: a relay or producer that resends after a crash or a broker
     * restart puts the same event id at a later offset too, and a consumer applies the first copy (its inbox skips
     * the later one), so the first is the offset its inbox row must be in order with.
     */
    void published(String eventId, Position position) {
        positions.putIfAbsent(eventId, position);
    }

    /** Reads every topic to its end offset at the time of the call, keeping only the given encounters. */
    static EventTimeline read(String bootstrapServers, String registryUrl, Set<String> encounterIds) {
        EventTimeline timeline = new EventTimeline();
        AvroKafkaDeserializer<Object> values = new AvroKafkaDeserializer<>();
        values.configure(Map.of(SerdeConfig.REGISTRY_URL, registryUrl, "apicurio.registry.use-specific-avro-reader",
                false), false);
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            for (Kind kind : Kind.values()) {
                timeline.readTopic(consumer, values, kind, encounterIds);
            }
        } finally {
            values.close();
        }
        return timeline;
    }

    private void readTopic(KafkaConsumer<byte[], byte[]> consumer, AvroKafkaDeserializer<Object> values, Kind kind,
            Set<String> encounterIds) {
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(kind.topic, Duration.ofSeconds(30))
                .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Set<TopicPartition> open = new HashSet<>(partitions);
        open.removeIf(tp -> end.get(tp) == 0);
        while (!open.isEmpty()) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                GenericRecord event = (GenericRecord) values.deserialize(r.topic(), r.headers(), r.value());
                if (add(kind, event, r.value().length, encounterIds)) {
                    published(event.get("eventId").toString(), new Position(r.topic(), r.partition(), r.offset()));
                }
            }
            // read_committed skips transaction markers, so the position, not the last offset, says when we are done
            open.removeIf(tp -> consumer.position(tp) >= end.get(tp));
        }
    }

    /** Counts the event if it is one of the run's encounters'; says whether it was. */
    private boolean add(Kind kind, GenericRecord event, int bytes, Set<String> encounterIds) {
        Object encounterId = event.getSchema().getField("encounterId") == null ? null : event.get("encounterId");
        if (encounterId == null || !encounterIds.contains(encounterId.toString())) {
            return false; // another run's, or a patient payment
        }
        records.merge(kind, 1L, Long::sum);
        valueBytes.merge(kind, (long) bytes, Long::sum);
        Encounter e = byEncounter.computeIfAbsent(encounterId.toString(), k -> new Encounter());
        Object occurredAt = event.get("occurredAt");
        long at = occurredAt instanceof java.time.Instant i ? i.toEpochMilli() : ((Number) occurredAt).longValue();
        e.first.merge(kind, at, Math::min);
        e.ids.computeIfAbsent(kind, k -> new HashSet<>()).add(event.get("eventId").toString());
        return true;
    }

    int averageValueBytes(Kind kind) {
        long n = records.getOrDefault(kind, 0L);
        return n == 0 ? 0 : (int) (valueBytes.get(kind) / n);
    }
}
