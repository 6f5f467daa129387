package io.revcycle.messaging.outbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.apache.avro.specific.SpecificRecord;

import io.revcycle.events.AvroCodec;
import io.revcycle.messaging.phi.PhiProtection;
import io.revcycle.messaging.tracing.EventTracing;

/**
 * Records an integration event in the caller's transaction. It reaches Kafka only if that transaction commits,
 * and then at least once (the relay re-sends after a crash; consumers drop duplicates by eventId). PHI is sealed
 * before the row is written ({@link PhiProtection}): the table, the topic and the dead letters hold ciphertext.
 */
@ApplicationScoped
public class EventOutbox {

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final EventTracing tracing;
    private final PhiProtection phi;

    public EventOutbox(EntityManager em, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            EventTracing tracing, PhiProtection phi) {
        this.phi = phi;
        this.em = em;
        this.transactions = transactions;
        this.relay = relay;
        this.tracing = tracing;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, String key, SpecificRecord plain) {
        SpecificRecord event = phi.protect(plain);
        OutboxMessage message = new OutboxMessage();
        message.eventId = AvroCodec.eventId(event);
        message.topic = topic;
        message.messageKey = key;
        message.eventType = event.getClass().getName();
        message.payload = AvroCodec.encode(event);
        message.createdAt = Instant.now();
        String[] trace = tracing.currentContext(); // the relay sends it on: the trace continues in the consumers
        message.traceparent = trace[0];
        message.tracestate = trace[1];
        em.persist(message);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
