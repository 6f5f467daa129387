package io.revcycle.messaging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;
import io.revcycle.messaging.outbox.EventOutbox;

/**
 * The test's handler: records each event; reason POISON is permanently bad; reason FORWARD publishes one more event
 * (reason FORWARDED, patient id + "-next") through the outbox, as a service passing work on would; reason SLOW takes
 * 3 s; reason FORWARD_KEYED forwards under the record's key + "-next"; reason CONTENDED loses a race for a row the
 * first time each event is handled (after writing its row, which the rollback must undo). Counts calls per patient.
 */
@ApplicationScoped
public class RecordingHandler implements IntegrationEventHandler<PatientBalanceChanged> {

    static final String POISON = "POISON";
    /** Fails permanently until the test "fixes the cause". */
    static final String FIXABLE = "FIXABLE";
    static volatile boolean fixed;
    /** Takes a while: the broker can go away between the handling and the offset commit. */
    static final String SLOW = "SLOW";
    static final String FORWARD = "FORWARD";
    static final String FORWARDED = "FORWARDED";
    /** Like FORWARD, but keyed by the incoming record's key + "-next": one key for a whole forwarded run. */
    static final String FORWARD_KEYED = "FORWARD_KEYED";
    /** Loses an optimistic-lock race the first time its event is handled. */
    static final String CONTENDED = "CONTENDED";
    static final java.util.Set<Object> RACES_LOST = ConcurrentHashMap.newKeySet();
    static final ConcurrentHashMap<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    private final EntityManager em;
    private final EventOutbox outbox;

    public RecordingHandler(EntityManager em, EventOutbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    @Override
    public String topic() {
        return Topics.PATIENT_BALANCE_CHANGED;
    }

    @Override
    public Class<PatientBalanceChanged> eventType() {
        return PatientBalanceChanged.class;
    }

    @Override
    public void handle(PatientBalanceChanged event, EventContext context) {
        CALLS.computeIfAbsent(event.getPatientId(), k -> new AtomicInteger()).incrementAndGet();
        if (SLOW.equals(event.getReason())) {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (POISON.equals(event.getReason())) {
            throw new PermanentEventException("reason POISON can never be posted");
        }
        if (FIXABLE.equals(event.getReason()) && !fixed) {
            throw new PermanentEventException("reason FIXABLE is not configured yet");
        }
        em.createNativeQuery("insert into handled_event (event_id, patient_id) values (:e, :p)")
                .setParameter("e", event.getEventId()).setParameter("p", event.getPatientId()).executeUpdate();
        if (CONTENDED.equals(event.getReason()) && RACES_LOST.add(event.getEventId())) {
            em.flush(); // the row is written; the batch's rollback must take it back
            throw new jakarta.persistence.OptimisticLockException("row updated by another transaction first");
        }
        if (FORWARD.equals(event.getReason())) {
            String next = event.getPatientId() + "-next";
            outbox.publish(topic(), next, PatientBalanceChanged.newBuilder(event).setEventId(java.util.UUID.randomUUID())
                    .setPatientId(next).setReason(FORWARDED).build());
        }
        if (FORWARD_KEYED.equals(event.getReason())) {
            outbox.publish(topic(), context.key() + "-next", PatientBalanceChanged.newBuilder(event)
                    .setEventId(java.util.UUID.randomUUID()).setPatientId(event.getPatientId() + "-next")
                    .setReason(FORWARDED).build());
        }
    }
}
