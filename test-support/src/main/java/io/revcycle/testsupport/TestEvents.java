package io.revcycle.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.revcycle.events.AvroCodec;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

/** Publishes and reads events on the shared broker, through the real registry, the way an integrator would. */
public final class TestEvents {

    private TestEvents() {
    }

    /** Publishes an Avro event (registered in the registry like any producer would). */
    public static void publish(String topic, String key, SpecificRecord event) {
        Map<String, Object> p = base();
        p.put("apicurio.registry.auto-register", true);
        // whole schemas, as the services register them (SchemaRegistration.SCHEMA_FORM): a version split into
        // references would be refused (422) once the service's relay has registered the whole one
        p.put("apicurio.registry.dereference-schema", true);
        send(p, new ProducerRecord<>(topic, key, AvroCodec.toGeneric(event)));
    }

    /**
     * The service under test registers every schema when its relay starts; the 2.4.2 registry answers one of two
     * concurrent registrations of the same artifact with an error, so a publish racing it is tried again.
     */
    private static void send(Map<String, Object> p, ProducerRecord<String, Object> record) {
        for (int attempt = 1;; attempt++) {
            // serde instances from this class loader, so event classes and Avro agree inside @QuarkusTest
            AvroKafkaSerializer<Object> serializer = new AvroKafkaSerializer<>();
            serializer.configure(p, false);
            try (KafkaProducer<String, Object> producer = new KafkaProducer<>(p, new StringSerializer(), serializer)) {
                producer.send(record).get(30, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                if (attempt == 3) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Publishes a generic record (e.g. written with another version of an event's schema), registering its schema. */
    public static void publishGeneric(String topic, String key, org.apache.avro.generic.GenericRecord record) {
        Map<String, Object> p = base();
        p.put("apicurio.registry.auto-register", true);
        // whole schemas, as the services register them (SchemaRegistration.SCHEMA_FORM): a version split into
        // references would be refused (422) once the service's relay has registered the whole one
        p.put("apicurio.registry.dereference-schema", true);
        send(p, new ProducerRecord<>(topic, key, record));
    }

    /** Publishes raw bytes, e.g. a poison message. */
    public static void publishRaw(String topic, String key, byte[] value) {
        Map<String, Object> p = base();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the topic from the beginning until a decoded event matches, or fails after the timeout. */
    public static <T extends SpecificRecord> T awaitEvent(String topic, Class<T> type, Predicate<T> match, Duration timeout) {
        List<T> found = awaitEvents(topic, type, match, 1, timeout);
        return found.get(0);
    }

    /**
     * As {@link #awaitEvent}, but as a reader without the PHI key sees it: sealed fields stay sealed (the match sees
     * only what is in the clear).
     */
    public static <T extends SpecificRecord> T awaitSealedEvent(String topic, Class<T> type, Predicate<T> match,
            Duration timeout) {
        return read(topic, type, timeout, decoded(), rs -> rs.stream().anyMatch(match), false).stream()
                .filter(match).findFirst().orElseThrow(() -> new AssertionError("no matching " + type.getSimpleName()
                        + " on " + topic + " within " + timeout));
    }

    /** Reads the topic from the beginning until {@code count} decoded events match; returns all matches seen. */
    public static <T extends SpecificRecord> List<T> awaitEvents(String topic, Class<T> type, Predicate<T> match,
            int count, Duration timeout) {
        List<T> matches = new ArrayList<>();
        for (T event : read(topic, type, timeout, decoded(), rs -> rs.stream().filter(match).count() >= count,
                true)) {
            if (match.test(event)) {
                matches.add(event);
            }
        }
        if (matches.size() < count) {
            throw new AssertionError("expected " + count + " matching " + type.getSimpleName() + " on " + topic
                    + " within " + timeout + ", saw " + matches.size());
        }
        return matches;
    }

    /** Raw records of a topic (e.g. a dead-letter topic), from the beginning, until {@code done} holds or timeout. */
    public static List<ConsumerRecord<String, byte[]>> readRaw(String topic, Duration timeout,
            Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        Map<String, Object> p = consumerBase();
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
                if (done.test(all)) {
                    break;
                }
            }
        }
        return all;
    }

    private static Map<String, Object> decoded() {
        Map<String, Object> p = consumerBase();
        p.put("apicurio.registry.use-specific-avro-reader", false);
        return p;
    }

    /**
     * Events of the given type on the topic, from the beginning; other types and undecodable records are skipped.
     * reveal: sealed PHI opened with the test profile's keys ({@link TestPhi}), as a service holding them reads it.
     */
    private static <T extends SpecificRecord> List<T> read(String topic, Class<T> type, Duration timeout,
            Map<String, Object> p, Predicate<List<T>> done, boolean reveal) {
        List<T> all = new ArrayList<>();
        AvroKafkaDeserializer<Object> deserializer = new AvroKafkaDeserializer<>();
        deserializer.configure(p, false);
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(p, new StringDeserializer(), deserializer)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerRecords<String, Object> records;
                try {
                    records = consumer.poll(Duration.ofMillis(200));
                } catch (RecordDeserializationException e) {
                    consumer.seek(e.topicPartition(), e.offset() + 1); // a poison record (DLQ tests): skip it
                    continue;
                }
                for (ConsumerRecord<String, Object> r : records) {
                    if (r.value() instanceof GenericRecord g
                            && g.getSchema().getFullName().equals(type.getName())) {
                        T event = AvroCodec.toSpecific(g, type);
                        all.add(reveal ? TestPhi.reveal(event) : event);
                    }
                }
                if (done.test(all)) {
                    break;
                }
            }
        }
        return all;
    }

    private static Map<String, Object> consumerBase() {
        Map<String, Object> p = base();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return p;
    }

    private static Map<String, Object> base() {
        SharedInfrastructure infra = SharedInfrastructure.get();
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers());
        p.put("apicurio.registry.url", infra.registryUrl());
        return p;
    }
}
