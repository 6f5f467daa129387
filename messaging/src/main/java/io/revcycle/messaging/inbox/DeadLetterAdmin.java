package io.revcycle.messaging.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;

import io.revcycle.events.Topics;
import io.revcycle.messaging.EventHeaders;
import io.revcycle.messaging.MessagingConfig;
import io.revcycle.messaging.kafka.KafkaClientFactory;

/**
 * The dead letters of this service's consumers, listed and replayed. A replay puts the original key, bytes and
 * event headers back on the origin topic (the event id is unchanged), so every consumer's inbox applies it at most
 * once: replaying after the cause was fixed applies it, replaying again changes nothing.
 */
@ApplicationScoped
public class DeadLetterAdmin {

    private static final Logger LOG = Logger.getLogger(DeadLetterAdmin.class);

    /** One dead letter, without its payload (events carry PHI). */
    public record DeadLetter(String dlqTopic, int partition, long offset, String key, String eventId,
            String eventType, String consumer, String reason, String exception, String originTopic,
            Integer originPartition, Long originOffset, Instant deadLetteredAt, String replayedFrom, int sizeBytes) {
    }

    private final Instance<IntegrationEventHandler<?>> handlers;
    private final KafkaClientFactory clients;
    private final MessagingConfig config;

    public DeadLetterAdmin(@Any Instance<IntegrationEventHandler<?>> handlers, KafkaClientFactory clients,
            MessagingConfig config) {
        this.handlers = handlers;
        this.clients = clients;
        this.config = config;
    }

    /** Dead-letter topics of the topics this service consumes. */
    public Set<String> deadLetterTopics() {
        Set<String> topics = new LinkedHashSet<>();
        for (IntegrationEventHandler<?> h : handlers) {
            if (h.enabled()) {
                topics.add(Topics.deadLetterOf(h.topic()));
            }
        }
        return topics;
    }

    /** This service's dead letters, oldest first (other services' letters on shared DLQ topics are left out). */
    public List<DeadLetter> list(Optional<String> dlqTopic) {
        List<DeadLetter> letters = new ArrayList<>();
        for (String topic : deadLetterTopics()) {
            if (dlqTopic.isPresent() && !dlqTopic.get().equals(topic)) {
                continue;
            }
            for (ConsumerRecord<byte[], byte[]> r : readAll(topic)) {
                DeadLetter d = describe(r);
                if (ours(d)) {
                    letters.add(d);
                }
            }
        }
        return letters;
    }

    public Optional<DeadLetter> find(String dlqTopic, int partition, long offset) {
        return read(dlqTopic, partition, offset).filter(this::ours);
    }

    /** Republishes one dead letter on its origin topic; empty when there is no such letter of this service. */
    public Optional<DeadLetter> replay(String dlqTopic, int partition, long offset) {
        if (!deadLetterTopics().contains(dlqTopic)) {
            return Optional.empty();
        }
        Optional<ConsumerRecord<byte[], byte[]>> record = readRecord(dlqTopic, partition, offset);
        if (record.isEmpty() || !ours(describe(record.get()))) {
            return Optional.empty();
        }
        ConsumerRecord<byte[], byte[]> r = record.get();
        DeadLetter d = describe(r);
        ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(d.originTopic(), null, r.key(), r.value());
        for (Header h : r.headers()) {
            if (!h.key().startsWith("dlq.") && !h.key().equals(EventHeaders.REPLAYED_FROM)) {
                again.headers().add(h);
            }
        }
        EventHeaders.put(again.headers(), EventHeaders.REPLAYED_FROM, dlqTopic + "-" + partition + "@" + offset);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(clients.deadLetterProducer())) {
            producer.send(again).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot replay " + dlqTopic + "-" + partition + "@" + offset + ": " + e, e);
        }
        LOG.infof("replayed dead letter %s-%d@%d (event %s) to %s", dlqTopic, partition, offset, d.eventId(),
                d.originTopic());
        return Optional.of(d);
    }

    private boolean ours(DeadLetter d) {
        return d.consumer() != null && d.consumer().startsWith(config.serviceName() + ".");
    }

    private Optional<DeadLetter> read(String dlqTopic, int partition, long offset) {
        if (!deadLetterTopics().contains(dlqTopic)) {
            return Optional.empty();
        }
        return readRecord(dlqTopic, partition, offset).map(DeadLetterAdmin::describe);
    }

    private Optional<ConsumerRecord<byte[], byte[]>> readRecord(String topic, int partition, long offset) {
        try (KafkaConsumer<byte[], byte[]> c = newReader()) {
            TopicPartition tp = new TopicPartition(topic, partition);
            if (c.partitionsFor(topic).stream().noneMatch(p -> p.partition() == partition)) {
                return Optional.empty();
            }
            c.assign(List.of(tp));
            long end = c.endOffsets(List.of(tp)).get(tp);
            if (offset < 0 || offset >= end) {
                return Optional.empty();
            }
            c.seek(tp, offset);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
                    if (r.offset() == offset) {
                        return Optional.of(r);
                    }
                    if (r.offset() > offset) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> c = newReader()) {
            List<PartitionInfo> partitions = c.partitionsFor(topic);
            if (partitions == null || partitions.isEmpty()) {
                return all;
            }
            List<TopicPartition> tps = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            c.assign(tps);
            c.seekToBeginning(tps);
            Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(tps));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && tps.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                c.poll(Duration.ofMillis(500)).forEach(all::add);
            }
        }
        return all;
    }

    private KafkaConsumer<byte[], byte[]> newReader() {
        Map<String, Object> p = new HashMap<>(clients.admin());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-dlq-admin-" + UUID.randomUUID());
        return new KafkaConsumer<>(p);
    }

    private static DeadLetter describe(ConsumerRecord<byte[], byte[]> r) {
        var h = r.headers();
        return new DeadLetter(r.topic(), r.partition(), r.offset(),
                r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
                EventHeaders.get(h, EventHeaders.EVENT_ID), EventHeaders.get(h, EventHeaders.EVENT_TYPE),
                EventHeaders.get(h, EventHeaders.DLQ_CONSUMER), EventHeaders.get(h, EventHeaders.DLQ_REASON),
                EventHeaders.get(h, EventHeaders.DLQ_EXCEPTION), EventHeaders.get(h, EventHeaders.DLQ_ORIGIN_TOPIC),
                integer(EventHeaders.get(h, EventHeaders.DLQ_ORIGIN_PARTITION)),
                longValue(EventHeaders.get(h, EventHeaders.DLQ_ORIGIN_OFFSET)), Instant.ofEpochMilli(r.timestamp()),
                EventHeaders.get(h, EventHeaders.REPLAYED_FROM), r.value() == null ? 0 : r.value().length);
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(String s) {
        try {
            return s == null ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
