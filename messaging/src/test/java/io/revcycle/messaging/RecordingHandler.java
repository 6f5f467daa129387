package io.revcycle.messaging;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** The test's handler: records each event; reason POISON is permanently bad. Counts calls per patient. */
@ApplicationScoped
public class RecordingHandler implements IntegrationEventHandler<PatientBalanceChanged> {

    static final String POISON = "POISON";
    /** Fails permanently until the test "fixes the cause". */
    static final String FIXABLE = "FIXABLE";
    static volatile boolean fixed;
    static final ConcurrentHashMap<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    private final EntityManager em;

    public RecordingHandler(EntityManager em) {
        this.em = em;
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
        if (POISON.equals(event.getReason())) {
            throw new PermanentEventException("reason POISON can never be posted");
        }
        if (FIXABLE.equals(event.getReason()) && !fixed) {
            throw new PermanentEventException("reason FIXABLE is not configured yet");
        }
        em.createNativeQuery("insert into handled_event (event_id, patient_id) values (:e, :p)")
                .setParameter("e", event.getEventId()).setParameter("p", event.getPatientId()).executeUpdate();
    }
}
