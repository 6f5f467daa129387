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
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

/** Publishes and reads events on the shared broker, through the real registry, the way an integrator would. */
public final class TestEvents {

    private TestEvents() {
    }

    /** Publishes an Avro event (registered in the registry like any producer would). */
    public static void publish(String topic, String key, Object event) {
        Map<String, Object> p = base();
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroKafkaSerializer.class.getName());
        p.put("apicurio.registry.auto-register", true);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(topic, key, event)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Publishes raw bytes, e.g. a poison message. */
    public static void publishRaw(String topic, String key, byte[] value) {
        Map<String, Object> p = base();
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the topic from the beginning until a decoded event matches, or fails after the timeout. */
    public static <T> T awaitEvent(String topic, Class<T> type, Predicate<T> match, Duration timeout) {
        List<T> found = awaitEvents(topic, type, match, 1, timeout);
        return found.get(0);
    }

    /** Reads the topic from the beginning until {@code count} decoded events match; returns all matches seen. */
    public static <T> List<T> awaitEvents(String topic, Class<T> type, Predicate<T> match, int count,
            Duration timeout) {
        List<T> matches = new ArrayList<>();
        for (ConsumerRecord<String, Object> r : read(topic, timeout, decoded(), rs -> count(rs, type, match) >= count)) {
            if (type.isInstance(r.value()) && match.test(type.cast(r.value()))) {
                matches.add(type.cast(r.value()));
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
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
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

    private static <T> long count(List<ConsumerRecord<String, Object>> rs, Class<T> type, Predicate<T> match) {
        return rs.stream().filter(r -> type.isInstance(r.value()) && match.test(type.cast(r.value()))).count();
    }

    private static Map<String, Object> decoded() {
        Map<String, Object> p = consumerBase();
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroKafkaDeserializer.class.getName());
        p.put("apicurio.registry.use-specific-avro-reader", true);
        return p;
    }

    private static List<ConsumerRecord<String, Object>> read(String topic, Duration timeout, Map<String, Object> p,
            Predicate<List<ConsumerRecord<String, Object>>> done) {
        List<ConsumerRecord<String, Object>> all = new ArrayList<>();
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(p)) {
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

    private static Map<String, Object> consumerBase() {
        Map<String, Object> p = base();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
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
