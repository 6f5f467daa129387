package io.revcycle.messaging.inbox;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.revcycle.events.Topics;
import io.revcycle.messaging.EventHeaders;
import io.revcycle.messaging.kafka.KafkaClientFactory;

/** Sends a record, byte for byte, to its topic's dead-letter topic with the reason and origin in headers. */
@ApplicationScoped
public class DeadLetterPublisher {

    private static final Logger LOG = Logger.getLogger(DeadLetterPublisher.class);

    private final KafkaClientFactory clients;
    private final MeterRegistry meters;
    private KafkaProducer<byte[], byte[]> producer;

    public DeadLetterPublisher(KafkaClientFactory clients, MeterRegistry meters) {
        this.clients = clients;
        this.meters = meters;
    }

    /** Blocks until the broker has the dead letter, so the offset is committed only after it is safe. */
    public void send(String consumer, ConsumerRecord<String, byte[]> record, Throwable failure) {
        ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(Topics.deadLetterOf(record.topic()), null,
                record.key() == null ? null : record.key().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                record.value());
        for (Header h : record.headers()) {
            letter.headers().add(h);
        }
        EventHeaders.put(letter.headers(), EventHeaders.DLQ_REASON, reason(failure));
        EventHeaders.put(letter.headers(), EventHeaders.DLQ_EXCEPTION, rootCause(failure).getClass().getName());
        EventHeaders.put(letter.headers(), EventHeaders.DLQ_CONSUMER, consumer);
        EventHeaders.put(letter.headers(), EventHeaders.DLQ_ORIGIN_TOPIC, record.topic());
        EventHeaders.put(letter.headers(), EventHeaders.DLQ_ORIGIN_PARTITION, String.valueOf(record.partition()));
        EventHeaders.put(letter.headers(), EventHeaders.DLQ_ORIGIN_OFFSET, String.valueOf(record.offset()));
        try {
            producer().send(letter).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot dead-letter " + record.topic() + "@" + record.offset(), e);
        }
        meters.counter("revcycle.events.dead.lettered", "consumer", consumer).increment();
        // the reason names the failure, never the payload: events carry PHI
        LOG.warnf("dead-lettered %s-%d@%d for %s: %s", record.topic(), record.partition(), record.offset(), consumer,
                reason(failure));
    }

    static String reason(Throwable failure) {
        Throwable root = rootCause(failure);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 500 ? message.substring(0, 500) : message;
    }

    static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(clients.deadLetterProducer());
        }
        return producer;
    }

    public synchronized void close() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }
}
