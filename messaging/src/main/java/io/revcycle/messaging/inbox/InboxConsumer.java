package io.revcycle.messaging.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revcycle.events.AvroCodec;
import io.revcycle.messaging.Failures;
import io.revcycle.messaging.MessagingConfig;
import io.revcycle.messaging.PermanentEventException;
import io.revcycle.messaging.phi.PhiProtection;
import io.revcycle.messaging.kafka.KafkaClientFactory;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.messaging.tracing.EventTracing;

/**
 * The shared idempotent consumer for one handler, or for handlers that share one consumer
 * ({@link IntegrationEventHandler#sharedConsumer()}). Each poll batch is handled in one database transaction
 * (handler effects + processed-event rows and outbox rows, each written for the whole batch in one statement); offsets
 * are committed after it.
 * <ul>
 * <li>An outage (database, registry, broker, dead-letter topic) never dead-letters and never commits past the
 * failed record: the batch is polled again after a pause.</li>
 * <li>A record that cannot be decoded, or that its handler marks with {@link PermanentEventException}, goes to the
 * dead-letter topic at once and the rest of the batch is handled without it.</li>
 * <li>A batch that lost a race for a row (a versioned entity changed by another transaction first) is redone whole on
 * fresh state, up to the configured attempts.</li>
 * <li>Any other failure of the batch: its records are retried one by one; one that keeps failing is dead-lettered.</li>
 * <li>A commit that fails (rebalance, timeout) or any client error recreates the consumer instead of ending the
 * thread: the uncommitted records come again and the inbox drops what was already applied.</li>
 * </ul>
 * Each handler keeps its own inbox key ({@link IntegrationEventHandler#consumerName}) and dead-letter consumer name
 * whichever consumer runs it, so regrouping handlers neither applies an event twice nor orphans its dead letters.
 */
final class InboxConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    private enum Outcome { DONE, RETRY }

    /** The handlers by the topic they consume. */
    private final Map<String, IntegrationEventHandler<?>> handlers;
    /** Each topic's inbox key: its handler's own consumer name (and, before the handlers were grouped, its group). */
    private final Map<String, String> inboxKeys;
    private final String consumerName;
    private final EntityManager em;
    private final KafkaClientFactory clients;
    private final MessagingConfig config;
    private final DeadLetterPublisher deadLetters;
    private final EventTracing tracing;
    private final PhiProtection phi;
    private final EventOutbox outbox;
    private final Counter processed;
    private final Counter duplicates;
    /** Poll batches redone because another transaction changed the same row first (revcycle_events_concurrent_updates). */
    private final Counter concurrentUpdates;
    /** Consumers replaced after a client error or a failed commit: proof the thread went on (revcycle_consumer_recreated). */
    private final Counter recreated;
    /**
     * Records (topic-partition-offset) already dead-lettered since the last successful commit: a rewound batch, or
     * the same records polled again by a recreated consumer, must not send them twice.
     */
    private final Set<String> deadLettered = new HashSet<>();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running = true;
    private volatile Instant lastProgress = Instant.now();
    /** Records waiting on this consumer's partitions after its last poll (gauge revcycle_consumer_lag). */
    private final java.util.concurrent.atomic.AtomicLong lag = new java.util.concurrent.atomic.AtomicLong();

    InboxConsumer(List<IntegrationEventHandler<?>> handlers, String consumerName, EntityManager em,
            KafkaClientFactory clients, MessagingConfig config, DeadLetterPublisher deadLetters, MeterRegistry meters,
            EventTracing tracing, PhiProtection phi, EventOutbox outbox) {
        this.handlers = new HashMap<>();
        this.inboxKeys = new HashMap<>();
        for (IntegrationEventHandler<?> h : handlers) {
            this.handlers.put(h.topic(), h);
            this.inboxKeys.put(h.topic(), h.consumerName(config.serviceName()));
        }
        this.outbox = outbox;
        this.phi = phi;
        this.tracing = tracing;
        this.consumerName = consumerName;
        this.em = em;
        this.clients = clients;
        this.config = config;
        this.deadLetters = deadLetters;
        this.processed = meters.counter("revcycle.events.processed", "consumer", consumerName);
        this.duplicates = meters.counter("revcycle.events.duplicates", "consumer", consumerName);
        this.recreated = meters.counter("revcycle.consumer.recreated", "consumer", consumerName);
        this.concurrentUpdates = meters.counter("revcycle.events.concurrent.updates", "consumer", consumerName);
        meters.gauge("revcycle.consumer.lag", java.util.List.of(io.micrometer.core.instrument.Tag.of("consumer",
                consumerName)), lag);
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

    boolean isRunning() {
        return running;
    }

    /** Last time the consumer had nothing waiting or committed a batch (the liveness check reads it). */
    Instant lastProgress() {
        return lastProgress;
    }

    @Override
    public void run() {
        while (running) {
            try {
                consume();
            } catch (WakeupException e) {
                if (running) {
                    LOG.warnf("consumer %s woken up unexpectedly; recreating it", consumerName);
                    recreated.increment();
                }
            } catch (RuntimeException e) {
                // rebalances, commit timeouts, a broker gone: a new consumer resumes from the last commit
                LOG.warnf("consumer %s failed (%s); recreating it", consumerName, e.toString());
                recreated.increment();
                sleep(config.consumer().infrastructureBackoff());
            }
        }
    }

    private void consume() {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(clients.consumer(consumerName));
                AvroKafkaDeserializer<Object> deserializer = clients.newEventDeserializer()) {
            consumer = c;
            // deadLettered survives the recreation: a commit that failed after a letter was sent must not send it twice
            if (handlers.size() == 1 && inboxKeys.containsValue(consumerName)) {
                c.subscribe(List.copyOf(handlers.keySet()));
            } else {
                // a group made of handlers that had their own groups before: it starts where they stopped
                c.subscribe(List.copyOf(handlers.keySet()), new StartWhereOwnGroupsStopped(c, inboxKeys, clients,
                        config.consumer().commitTimeout()));
            }
            while (running) {
                ConsumerRecords<String, byte[]> records = c.poll(config.consumer().pollTimeout());
                lag.set(lagOf(c));
                if (records.isEmpty()) {
                    lastProgress = Instant.now();
                    continue;
                }
                if (process(records, deserializer) == Outcome.DONE) {
                    commit(c);
                } else {
                    rewind(c, records);
                    sleep(config.consumer().infrastructureBackoff());
                }
            }
        } finally {
            consumer = null;
        }
    }

    private void commit(KafkaConsumer<String, byte[]> c) {
        try {
            c.commitSync(config.consumer().commitTimeout());
            deadLettered.clear();
            lastProgress = Instant.now();
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            // the effects are committed in the database; redelivered records are dropped by the inbox
            throw new IllegalStateException("commit failed: " + e, e);
        }
    }

    private Outcome process(ConsumerRecords<String, byte[]> records, AvroKafkaDeserializer<Object> deserializer) {
        List<Decoded> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> r : records) {
            if (deadLettered.contains(keyOf(r))) {
                continue;
            }
            try {
                batch.add(decode(r, deserializer));
            } catch (RuntimeException e) {
                if (Failures.isNetworkOutage(e)) {
                    LOG.warnf("consumer %s: schema registry unavailable, will retry: %s", consumerName, e.toString());
                    return Outcome.RETRY;
                }
                if (!deadLetter(r, e)) {
                    return Outcome.RETRY;
                }
            }
        }
        int conflicts = 0;
        while (!batch.isEmpty()) {
            try {
                // a batch that outlives the transaction timeout is aborted and redone one record at a time: give it
                // the time a full poll needs on a busy machine, not the 60 s default
                QuarkusTransaction.requiringNew().timeout((int) config.consumer().batchTimeout().toSeconds()).run(() -> {
                    Set<String> first = recordFirst(batch);
                    outbox.collectUntilWritten();
                    for (Decoded d : batch) {
                        if (!first.remove(d.inboxKey() + "/" + d.eventId())) { // taken before, or a second copy in this very batch
                            duplicates.increment();
                            continue;
                        }
                        try {
                            apply(d);
                        } catch (RuntimeException e) {
                            throw new RecordFailure(d, e);
                        }
                    }
                    outbox.writeCollected(); // the batch's events in one statement, before the commit
                });
                return Outcome.DONE;
            } catch (RuntimeException batchFailure) {
                if (Failures.isDatabaseOutage(batchFailure)) {
                    LOG.warnf("consumer %s: database unavailable, will retry: %s", consumerName, batchFailure.toString());
                    return Outcome.RETRY;
                }
                if (Failures.isConcurrentUpdate(batchFailure) && ++conflicts <= config.consumer().attempts()) {
                    // another thread of this service changed a row the batch changed too: redo the batch on fresh
                    // state (its effects rolled back), rather than record by record
                    LOG.debugf("consumer %s: concurrent update, batch redone (%d)", consumerName, conflicts);
                    concurrentUpdates.increment();
                    continue;
                }
                RecordFailure failed = recordFailure(batchFailure);
                if (failed != null && Failures.permanent(failed.getCause()).isPresent()) {
                    if (!deadLetter(failed.decoded.record(), failed.getCause())) {
                        return Outcome.RETRY;
                    }
                    batch.remove(failed.decoded);
                    continue; // the rest of the batch, without the bad event
                }
                return oneByOne(batch);
            }
        }
        return Outcome.DONE;
    }

    /** After an unexplained batch failure: each record alone, with retries, so one bad record cannot block others. */
    private Outcome oneByOne(List<Decoded> batch) {
        for (Decoded d : batch) {
            RuntimeException last = null;
            for (int attempt = 1; attempt <= config.consumer().attempts(); attempt++) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> handleOnce(d));
                    last = null;
                    break;
                } catch (RuntimeException e) {
                    if (Failures.isDatabaseOutage(e)) {
                        return Outcome.RETRY;
                    }
                    last = e;
                    if (Failures.permanent(e).isPresent()) {
                        break;
                    }
                }
            }
            if (last != null && Failures.isConcurrentUpdate(last)) {
                return Outcome.RETRY; // still racing: the event is fine, so it comes again instead of a dead letter
            }
            if (last != null && !deadLetter(d.record(), last)) {
                return Outcome.RETRY;
            }
        }
        return Outcome.DONE;
    }

    /** False when the dead-letter topic cannot take it now: then nothing is committed and the batch comes again. */
    private boolean deadLetter(ConsumerRecord<String, byte[]> r, Throwable failure) {
        Throwable reason = Failures.permanent(failure).<Throwable>map(p -> p).orElse(failure);
        try {
            deadLetters.send(inboxKeys.getOrDefault(r.topic(), consumerName), r, reason);
            deadLettered.add(keyOf(r));
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("consumer %s: dead-letter topic unavailable, will retry: %s", consumerName, e.toString());
            return false;
        }
    }

    private void handleOnce(Decoded d) {
        int inserted = em.createNativeQuery(
                "insert into processed_event (consumer, event_id) values (:c, :e) on conflict do nothing")
                .setParameter("c", d.inboxKey()).setParameter("e", d.eventId()).executeUpdate();
        if (inserted == 0) {
            duplicates.increment();
            return;
        }
        apply(d);
    }

    /**
     * The processed-event rows of a whole poll batch in one statement (one round trip, not one per record); returns
     * the "inbox key/event id" pairs not taken before. The rows commit or roll back with the batch's effects.
     */
    @SuppressWarnings("unchecked")
    private Set<String> recordFirst(List<Decoded> batch) {
        StringBuilder sql = new StringBuilder("insert into processed_event (consumer, event_id) values ");
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:c").append(i).append(", :e").append(i).append(')');
        }
        sql.append(" on conflict do nothing returning consumer, event_id");
        var insert = em.createNativeQuery(sql.toString());
        for (int i = 0; i < batch.size(); i++) {
            insert.setParameter("c" + i, batch.get(i).inboxKey()).setParameter("e" + i, batch.get(i).eventId());
        }
        Set<String> first = new HashSet<>();
        for (Object[] row : (List<Object[]>) insert.getResultList()) {
            first.add(row[0] + "/" + row[1]);
        }
        return first;
    }

    @SuppressWarnings("unchecked")
    private void apply(Decoded d) {
        ConsumerRecord<String, byte[]> r = d.record();
        var handler = (IntegrationEventHandler<SpecificRecord>) handlers.get(r.topic());
        // in a CONSUMER span continuing the record's traceparent: outbox rows the handler writes carry the trace on
        tracing.process(r, consumerName, d.eventId(), () -> handler.handle(d.event(),
                new EventContext(d.eventId(), r.topic(), r.partition(), r.offset(), r.key())));
        processed.increment();
        // a poll batch is one transaction: without this the persistence context grows with every record, and every
        // native statement's auto-flush dirty-checks all of it, which made a 500-record batch quadratic
        em.flush();
        em.clear();
    }

    private Decoded decode(ConsumerRecord<String, byte[]> r, AvroKafkaDeserializer<Object> deserializer) {
        if (r.value() == null) {
            throw new PermanentEventException("record has no value");
        }
        Object value;
        try {
            value = deserializer.deserialize(r.topic(), r.headers(), r.value());
        } catch (RuntimeException e) {
            if (Failures.isNetworkOutage(e)) {
                throw e;
            }
            throw new PermanentEventException("undecodable record: " + DeadLetterPublisher.reason(e), e);
        }
        if (!(value instanceof GenericRecord generic)) {
            throw new PermanentEventException("expected an Avro record but got "
                    + (value == null ? "null" : value.getClass().getName()));
        }
        SpecificRecord event = AvroCodec.toSpecific(generic, handlers.get(r.topic()).eventType());
        // sealed PHI opened here, so a field no key opens is dead-lettered like an undecodable record
        return new Decoded(r, phi.reveal(event), AvroCodec.eventId(event), inboxKeys.get(r.topic()));
    }

    private static RecordFailure recordFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof RecordFailure f) {
                return f;
            }
        }
        return null;
    }

    /** From the client's own fetch positions: no broker round trip. */
    private static long lagOf(KafkaConsumer<String, byte[]> c) {
        long total = 0;
        for (TopicPartition tp : c.assignment()) {
            total += c.currentLag(tp).orElse(0L);
        }
        return total;
    }

    private static String keyOf(ConsumerRecord<?, ?> r) {
        return r.topic() + "-" + r.partition() + "@" + r.offset();
    }

    private static void rewind(KafkaConsumer<String, byte[]> c, ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            first.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min);
        }
        first.forEach(c::seek);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Which record of a batch failed, so a permanent failure can be dead-lettered alone. */
    private static final class RecordFailure extends RuntimeException {
        private final transient Decoded decoded;

        RecordFailure(Decoded decoded, RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
            this.decoded = decoded;
        }
    }

    private record Decoded(ConsumerRecord<String, byte[]> record, SpecificRecord event, UUID eventId,
            String inboxKey) {
    }
}
