package io.revcycle.messaging.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revcycle.events.AvroCodec;
import io.revcycle.messaging.EventHeaders;
import io.revcycle.messaging.Failures;
import io.revcycle.messaging.MessagingConfig;
import io.revcycle.messaging.kafka.KafkaClientFactory;
import io.revcycle.messaging.kafka.SchemaRegistration;
import io.revcycle.messaging.tracing.EventTracing;

/**
 * Publishes outbox rows in id order and marks them sent. A PostgreSQL advisory lock lets one replica relay at a
 * time, which keeps per-key order across replicas. A crash between send and mark re-sends, never loses.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x5265764379636c65L; // "RevCycle"

    private final EntityManager em;
    private final MessagingConfig config;
    private final KafkaClientFactory clients;
    private final EventTracing tracing;
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter published;
    private final Counter quarantined;
    /** Unpublished rows and quarantined rows, counted at most every 10 s (gauges). */
    private final java.util.concurrent.atomic.AtomicLong backlog = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong quarantinedRows = new java.util.concurrent.atomic.AtomicLong();
    private volatile Instant lastCount = Instant.EPOCH;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Instant lastPurge = Instant.EPOCH;
    private KafkaProducer<String, Object> producer;
    private volatile boolean schemasRegistered;

    public OutboxRelay(EntityManager em, MessagingConfig config, KafkaClientFactory clients, EventTracing tracing,
            MeterRegistry meters) {
        this.em = em;
        this.config = config;
        this.clients = clients;
        this.tracing = tracing;
        this.published = meters.counter("revcycle.outbox.published");
        this.quarantined = meters.counter("revcycle.outbox.quarantined");
        meters.gauge("revcycle.outbox.backlog", backlog);
        meters.gauge("revcycle.outbox.quarantined.rows", quarantinedRows);
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        producer = clients.newEventProducer();
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.setContextClassLoader(OutboxRelay.class.getClassLoader());
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        wakeUp();
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close();
        }
    }

    public boolean isRunning() {
        return running && thread != null && thread.isAlive();
    }

    void wakeUp() {
        wakeUps.release();
    }

    private void loop() {
        while (running) {
            try {
                int sent = relayBatch();
                if (sent < config.outbox().batchSize()) {
                    wakeUps.tryAcquire(config.outbox().idlePoll().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
                purgeOccasionally();
                countOccasionally();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay failed, retrying: %s", e.toString());
                sleepQuietly(1000);
            }
        }
    }

    /**
     * Producers never auto-register (see KafkaClientFactory): the schemas go in once, before the first send; a
     * registry that does not answer yet fails the batch, which is retried like any outage.
     */
    private void ensureSchemasRegistered() {
        if (!schemasRegistered && config.schemas().registerOnStart()) {
            SchemaRegistration.registerAll(config.registryUrl());
            LOG.infof("event schemas registered with %s", config.registryUrl());
        }
        schemasRegistered = true;
    }

    /** Returns how many rows were published or quarantined; 0 when another replica holds the relay lock. */
    int relayBatch() {
        ensureSchemasRegistered();
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:k)")
                    .setParameter("k", RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            // rows of a key with a quarantined row wait behind it: per-key order holds
            List<OutboxMessage> batch = em.createQuery(
                    "from OutboxMessage m where m.publishedAt is null and m.quarantinedAt is null and not exists ("
                            + "select 1 from OutboxMessage q where q.quarantinedAt is not null and q.publishedAt is null"
                            + " and q.topic = m.topic and q.messageKey = m.messageKey) order by m.id",
                    OutboxMessage.class).setMaxResults(config.outbox().batchSize()).getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            Set<String> blockedKeys = new HashSet<>();
            List<OutboxMessage> sent = new ArrayList<>(batch.size());
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            List<Span> spans = new ArrayList<>(batch.size());
            try {
                for (OutboxMessage m : batch) {
                    if (blockedKeys.contains(m.topic + "/" + m.messageKey)) {
                        continue;
                    }
                    Object event;
                    try {
                        event = AvroCodec.toGeneric(m.eventType, m.payload); // local: a failure is the row's own
                    } catch (RuntimeException e) {
                        quarantine(m, e);
                        blockedKeys.add(m.topic + "/" + m.messageKey);
                        continue;
                    }
                    ProducerRecord<String, Object> record = new ProducerRecord<>(m.topic, m.messageKey, event);
                    EventHeaders.stamp(record.headers(), m.eventId, m.eventType, config.serviceName());
                    Span span = tracing.startPublish(m.topic, m.eventId, m.traceparent, m.tracestate, record.headers());
                    try {
                        acks.add(producer.send(record));
                        sent.add(m);
                        spans.add(span);
                    } catch (RuntimeException e) {
                        EventTracing.failed(span, e);
                        span.end();
                        if (Failures.isOutage(e)) {
                            throw e; // the registry or broker is away: retry the whole batch later
                        }
                        quarantine(m, e);
                        blockedKeys.add(m.topic + "/" + m.messageKey);
                    }
                }
                producer.flush();
                Instant now = Instant.now();
                int done = batch.size() - sent.size();
                List<Long> publishedIds = new ArrayList<>(sent.size());
                for (int i = 0; i < sent.size(); i++) {
                    OutboxMessage m = sent.get(i);
                    try {
                        acks.get(i).get(60, TimeUnit.SECONDS);
                        publishedIds.add(m.id);
                        published.increment();
                        done++;
                    } catch (ExecutionException e) {
                        EventTracing.failed(spans.get(i), e.getCause());
                        if (!(e.getCause() instanceof RecordTooLargeException
                                || e.getCause() instanceof InvalidRecordException)) {
                            throw e; // rolls back: the rows stay unpublished and are re-sent
                        }
                        quarantine(m, e.getCause());
                        done++;
                    }
                }
                markPublished(publishedIds, now);
                return done;
            } finally {
                spans.forEach(Span::end); // on the ack (or the failure that rolls the batch back)
            }
        });
    }

    /** One statement for the whole batch, not one UPDATE per row at commit. */
    private void markPublished(List<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            em.createQuery("update OutboxMessage m set m.publishedAt = :now where m.id in :ids")
                    .setParameter("now", now).setParameter("ids", ids).executeUpdate();
        }
    }

    private void quarantine(OutboxMessage m, Throwable why) {
        m.quarantinedAt = Instant.now();
        String reason = why.getClass().getSimpleName() + ": " + why.getMessage();
        m.quarantineReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        quarantined.increment();
        LOG.errorf("outbox row %d (event %s on %s) quarantined: %s", m.id, m.eventId, m.topic, m.quarantineReason);
    }

    private void countOccasionally() {
        Instant now = Instant.now();
        if (now.isBefore(lastCount.plusSeconds(10))) {
            return;
        }
        lastCount = now;
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] counts = (Object[]) em.createNativeQuery("select count(*) filter (where quarantined_at is null), "
                    + "count(*) filter (where quarantined_at is not null) from outbox_message where published_at is null")
                    .getSingleResult();
            backlog.set(((Number) counts[0]).longValue());
            quarantinedRows.set(((Number) counts[1]).longValue());
        });
    }

    private void purgeOccasionally() {
        Instant now = Instant.now();
        if (now.isBefore(lastPurge.plusSeconds(600))) {
            return;
        }
        lastPurge = now;
        Instant cutoff = now.minus(config.outbox().retention());
        QuarkusTransaction.requiringNew().run(() -> em
                .createQuery("delete from OutboxMessage where publishedAt is not null and publishedAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate());
        // the inbox forgets event ids only after any redelivery or dead-letter replay of them is impossible
        Instant inboxCutoff = now.minus(config.inbox().retention());
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from processed_event where processed_at < :cutoff")
                .setParameter("cutoff", inboxCutoff).executeUpdate());
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
