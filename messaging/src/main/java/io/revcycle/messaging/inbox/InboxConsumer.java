package io.revcycle.messaging.inbox;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revcycle.events.AvroCodec;
import io.revcycle.messaging.MessagingConfig;
import io.revcycle.messaging.kafka.KafkaClientFactory;

/**
 * The shared idempotent consumer for one handler. Each poll batch is handled in one database transaction
 * (handler effects + processed-event rows + outbox rows); offsets are committed after it. If the batch fails, its
 * records are retried one by one and the ones that keep failing go to the dead-letter topic.
 */
final class InboxConsumer<E extends SpecificRecord> implements Runnable {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    private final IntegrationEventHandler<E> handler;
    private final String consumerName;
    private final EntityManager em;
    private final KafkaClientFactory clients;
    private final MessagingConfig config;
    private final DeadLetterPublisher deadLetters;
    private final Counter processed;
    private final Counter duplicates;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running = true;

    InboxConsumer(IntegrationEventHandler<E> handler, String consumerName, EntityManager em,
            KafkaClientFactory clients, MessagingConfig config, DeadLetterPublisher deadLetters, MeterRegistry meters) {
        this.handler = handler;
        this.consumerName = consumerName;
        this.em = em;
        this.clients = clients;
        this.config = config;
        this.deadLetters = deadLetters;
        this.processed = meters.counter("revcycle.events.processed", "consumer", consumerName);
        this.duplicates = meters.counter("revcycle.events.duplicates", "consumer", consumerName);
    }

    String name() {
        return consumerName;
    }

    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    @Override
    public void run() {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(clients.consumer(consumerName));
                AvroKafkaDeserializer<Object> deserializer = clients.newEventDeserializer()) {
            consumer = c;
            c.subscribe(List.of(handler.topic()));
            while (running) {
                ConsumerRecords<String, byte[]> records = c.poll(config.consumer().pollTimeout());
                if (records.isEmpty()) {
                    continue;
                }
                if (process(records, deserializer)) {
                    c.commitSync();
                } else {
                    rewind(c, records);
                    sleep(config.consumer().infrastructureBackoff());
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "consumer %s stopped", consumerName);
            throw e;
        } finally {
            running = false;
        }
    }

    boolean isRunning() {
        return running;
    }

    /** Returns false when the database is unreachable: nothing is committed and the batch is polled again. */
    private boolean process(ConsumerRecords<String, byte[]> records, AvroKafkaDeserializer<Object> deserializer) {
        List<Decoded<E>> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> r : records) {
            try {
                batch.add(decode(r, deserializer));
            } catch (RuntimeException e) {
                deadLetters.send(consumerName, r, e);
            }
        }
        if (batch.isEmpty()) {
            return true;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(this::handleOnce));
            return true;
        } catch (RuntimeException batchFailure) {
            if (isInfrastructure(batchFailure)) {
                LOG.warnf("consumer %s: database unavailable, will retry: %s", consumerName, batchFailure.toString());
                return false;
            }
        }
        for (Decoded<E> d : batch) {
            RuntimeException last = null;
            for (int attempt = 1; attempt <= config.consumer().attempts(); attempt++) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> handleOnce(d));
                    last = null;
                    break;
                } catch (RuntimeException e) {
                    if (isInfrastructure(e)) {
                        return false;
                    }
                    last = e;
                }
            }
            if (last != null) {
                deadLetters.send(consumerName, d.record(), last);
            }
        }
        return true;
    }

    private void handleOnce(Decoded<E> d) {
        int inserted = em.createNativeQuery(
                "insert into processed_event (consumer, event_id) values (:c, :e) on conflict do nothing")
                .setParameter("c", consumerName).setParameter("e", d.eventId()).executeUpdate();
        if (inserted == 0) {
            duplicates.increment();
            return;
        }
        ConsumerRecord<String, byte[]> r = d.record();
        handler.handle(d.event(), new EventContext(d.eventId(), r.topic(), r.partition(), r.offset(), r.key()));
        processed.increment();
    }

    private Decoded<E> decode(ConsumerRecord<String, byte[]> r, AvroKafkaDeserializer<Object> deserializer) {
        if (r.value() == null) {
            throw new IllegalArgumentException("record has no value");
        }
        Object value;
        try {
            value = deserializer.deserialize(r.topic(), r.headers(), r.value());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("undecodable record: " + DeadLetterPublisher.reason(e), e);
        }
        if (!(value instanceof GenericRecord generic)) {
            throw new IllegalArgumentException("expected an Avro record but got "
                    + (value == null ? "null" : value.getClass().getName()));
        }
        E event = AvroCodec.toSpecific(generic, handler.eventType());
        return new Decoded<>(r, event, AvroCodec.eventId(event));
    }

    private static void rewind(KafkaConsumer<String, byte[]> c, ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            first.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min);
        }
        first.forEach(c::seek);
    }

    static boolean isInfrastructure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLTransientException || c instanceof SQLNonTransientConnectionException
                    || c.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Decoded<E>(ConsumerRecord<String, byte[]> record, E event, UUID eventId) {
    }
}
