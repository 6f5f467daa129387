package io.revcycle.messaging.bench;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.avro.generic.GenericRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.revcycle.events.AvroCodec;
import io.revcycle.events.PatientBalanceChanged;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * The same work on a SmallRye channel (batch=true): each poll batch in one transaction with the same processed_event
 * rows the inbox writes, acknowledged (offsets committed, throttled) after the transaction commits.
 */
@ApplicationScoped
public class SmallRyeBenchConsumer {

    static final String CONSUMER = "smallrye";

    private final EntityManager em;
    private final AppliedEvents applied;

    public SmallRyeBenchConsumer(EntityManager em, AppliedEvents applied) {
        this.em = em;
        this.applied = applied;
    }

    @Incoming("bench-smallrye")
    @Blocking // ordered: one batch at a time, as the inbox
    @Transactional
    public void consume(List<GenericRecord> batch) {
        for (GenericRecord record : batch) {
            PatientBalanceChanged event = AvroCodec.toSpecific(record, PatientBalanceChanged.class);
            int fresh = em.createNativeQuery(
                    "insert into processed_event (consumer, event_id) values (:c, :e) on conflict do nothing")
                    .setParameter("c", "messaging-bench.smallrye").setParameter("e", event.getEventId())
                    .executeUpdate();
            if (fresh == 1) {
                applied.apply(CONSUMER, event.getEventId());
            }
        }
    }
}
