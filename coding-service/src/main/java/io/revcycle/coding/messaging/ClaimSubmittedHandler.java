package io.revcycle.coding.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.coding.service.ClaimHolds;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/**
 * A sent claim takes its encounter out of DNFB and ends any hold in claims. Idempotent: the first submission's time
 * is kept, and a claim of an encounter coded elsewhere is ignored.
 */
@ApplicationScoped
public class ClaimSubmittedHandler implements IntegrationEventHandler<ClaimSubmitted> {

    private final ClaimHolds holds;

    public ClaimSubmittedHandler(ClaimHolds holds) {
        this.holds = holds;
    }

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
        holds.submitted(e.getEncounterId(), e.getOccurredAt() == null ? Instant.now() : e.getOccurredAt());
    }
}
