package io.revcycle.insights.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.revcycle.insights.domain.EventFact;

/** The read model's one table: facts are inserted once per event id and never changed. */
@ApplicationScoped
public class FactStore {

    private final EntityManager em;

    public FactStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Inserts the fact unless its event id is already there: the inbox drops redeliveries, and this key keeps a
     * replay through another path (a new consumer group, a dead letter sent again) from counting twice as well. Two
     * instances inserting one event at once: the primary key refuses the second, whose batch is then redone and finds
     * the row.
     */
    public void record(EventFact f) {
        if (em.find(EventFact.class, f.eventId) == null) {
            em.persist(f);
        }
    }

    /** Every fact that had happened by the given instant, oldest first. */
    public List<EventFact> upTo(Instant asOf) {
        return em.createQuery("from EventFact f where f.occurredAt <= :asOf order by f.occurredAt, f.eventId",
                EventFact.class).setParameter("asOf", asOf).getResultList();
    }
}
