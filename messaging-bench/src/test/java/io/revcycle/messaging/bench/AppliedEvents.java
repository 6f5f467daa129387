package io.revcycle.messaging.bench;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The work both consumers do per event: one row, as a service's handler writes its own state. */
@ApplicationScoped
public class AppliedEvents {

    private final EntityManager em;

    public AppliedEvents(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(String consumer, UUID eventId) {
        em.createNativeQuery("insert into bench_applied (consumer, event_id) values (:c, :e)")
                .setParameter("c", consumer).setParameter("e", eventId).executeUpdate();
    }
}
