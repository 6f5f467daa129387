package io.revcycle.messaging.inbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The processed-event inbox for messages that arrive other than from Kafka (an HL7 feed's message control ids, say):
 * the same table and the same retention as the consumers' (revcycle.messaging: processed events are forgotten after
 * the inbox memory), so "taken once" means the same thing on every path.
 */
@ApplicationScoped
public class ProcessedMessages {

    private final EntityManager em;

    public ProcessedMessages(EntityManager em) {
        this.em = em;
    }

    /** True the first time (the caller's transaction then commits the row with its effect), false on a repeat. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordFirst(String consumer, UUID messageId) {
        return em.createNativeQuery(
                "insert into processed_event (consumer, event_id) values (:c, :e) on conflict do nothing")
                .setParameter("c", consumer).setParameter("e", messageId).executeUpdate() == 1;
    }
}
