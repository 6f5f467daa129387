package io.revcycle.messaging.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.MeterRegistry;
import io.revcycle.messaging.MessagingConfig;
import io.revcycle.messaging.kafka.KafkaClientFactory;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.messaging.phi.PhiProtection;
import io.revcycle.messaging.tracing.EventTracing;

/**
 * Runs one {@link InboxConsumer} thread per {@link IntegrationEventHandler} bean of the service, or per group of
 * handlers that share a consumer.
 */
@ApplicationScoped
public class InboxConsumers {

    private final Instance<IntegrationEventHandler<?>> handlers;
    private final EntityManager em;
    private final KafkaClientFactory clients;
    private final MessagingConfig config;
    private final DeadLetterPublisher deadLetters;
    private final MeterRegistry meters;
    private final EventTracing tracing;
    private final PhiProtection phi;
    private final EventOutbox outbox;
    private final List<InboxConsumer> running = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    public InboxConsumers(@Any Instance<IntegrationEventHandler<?>> handlers, EntityManager em,
            KafkaClientFactory clients, MessagingConfig config, DeadLetterPublisher deadLetters, MeterRegistry meters,
            EventTracing tracing, PhiProtection phi, EventOutbox outbox) {
        this.handlers = handlers;
        this.outbox = outbox;
        this.phi = phi;
        this.tracing = tracing;
        this.em = em;
        this.clients = clients;
        this.config = config;
        this.deadLetters = deadLetters;
        this.meters = meters;
    }

    public synchronized void start() {
        Map<String, List<IntegrationEventHandler<?>>> byConsumer = new LinkedHashMap<>();
        for (IntegrationEventHandler<?> handler : handlers) {
            if (handler.enabled()) {
                String name = handler.sharedConsumer().map(shared -> config.serviceName() + "." + shared)
                        .orElseGet(() -> handler.consumerName(config.serviceName()));
                byConsumer.computeIfAbsent(name, n -> new ArrayList<>()).add(handler);
            }
        }
        for (var group : byConsumer.entrySet()) {
            InboxConsumer consumer = new InboxConsumer(group.getValue(), group.getKey(), em, clients, config,
                    deadLetters, meters, tracing, phi, outbox);
            Thread t = new Thread(consumer, "consumer-" + consumer.name());
            t.setDaemon(true);
            t.setContextClassLoader(InboxConsumers.class.getClassLoader()); // Avro resolves event classes through it
            running.add(consumer);
            threads.add(t);
            t.start();
        }
    }

    public synchronized void stop() {
        running.forEach(InboxConsumer::stop);
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running.clear();
        threads.clear();
        deadLetters.close();
    }

    /** Consumers that had work waiting and made no progress for longer than {@code stall} (liveness check). */
    public synchronized List<String> stalled(java.time.Duration stall) {
        java.time.Instant limit = java.time.Instant.now().minus(stall);
        List<String> names = new ArrayList<>();
        for (InboxConsumer c : running) {
            if (c.lastProgress().isBefore(limit)) {
                names.add(c.name());
            }
        }
        return names;
    }

    /** Consumer names that are not polling (for the readiness check). */
    public synchronized List<String> stopped() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < running.size(); i++) {
            if (!running.get(i).isRunning() || !threads.get(i).isAlive()) {
                names.add(running.get(i).name());
            }
        }
        return names;
    }
}
