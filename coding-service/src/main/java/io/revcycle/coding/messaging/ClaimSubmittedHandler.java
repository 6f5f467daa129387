package io.revcycle.coding.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/**
 * A sent claim takes its encounter out of DNFB. Idempotent: the first submission's time is kept (a corrected or
 * replacement claim sent later does not move it), and a claim of an encounter coded elsewhere is ignored.
 */
@ApplicationScoped
public class ClaimSubmittedHandler implements IntegrationEventHandler<ClaimSubmitted> {

    @Override
    public String topic() {
        return Topics.CLAIM_SUBMITTED;
    }

    @Override
    public Class<ClaimSubmitted> eventType() {
        return ClaimSubmitted.class;
    }

    @Override
    public void handle(ClaimSubmitted e, EventContext context) {
        CodingWorkItem.update("billedAt = ?1 where encounterId = ?2 and billedAt is null",
                e.getOccurredAt() == null ? Instant.now() : e.getOccurredAt(), e.getEncounterId());
    }
}
