package io.revcycle.coding.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.coding.domain.ClaimHoldReason;
import io.revcycle.coding.service.ClaimHolds;
import io.revcycle.events.ClaimHeld;
import io.revcycle.events.Topics;
import io.revcycle.messaging.PermanentEventException;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/**
 * A claim claims-service holds puts its encounter in DNFB as HELD_IN_CLAIMS with the hold reason (an unknown one as
 * UNKNOWN). Idempotent: the shared inbox, and a hold only replaces an older one. No encounter id: dead-lettered.
 */
@ApplicationScoped
public class ClaimHeldHandler implements IntegrationEventHandler<ClaimHeld> {

    private final ClaimHolds holds;

    public ClaimHeldHandler(ClaimHolds holds) {
        this.holds = holds;
    }

    @Override
    public String topic() {
        return Topics.CLAIM_HELD;
    }

    @Override
    public Class<ClaimHeld> eventType() {
        return ClaimHeld.class;
    }

    @Override
    public void handle(ClaimHeld e, EventContext context) {
        if (e.getEncounterId() == null || e.getEncounterId().isBlank()) {
            throw new PermanentEventException("ClaimHeld " + e.getEventId() + " names no encounterId");
        }
        holds.held(e.getEncounterId(), ClaimHoldReason.ofClaimHeld(e.getHoldReason()),
                e.getHeldAt() == null ? e.getOccurredAt() : e.getHeldAt());
    }
}
