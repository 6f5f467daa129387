package io.revcycle.coding.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.coding.domain.ClaimHoldReason;
import io.revcycle.coding.service.ClaimHolds;
import io.revcycle.events.ClaimRejected;
import io.revcycle.events.Topics;
import io.revcycle.messaging.PermanentEventException;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/**
 * A claim the scrubber stopped before sending (stage SCRUB, the claim's own payer) waits in claims' correction queue:
 * for DNFB it is held in claims (SCRUB_REJECTED). A 999/277CA rejection, or a next payer's leg, comes after the claim
 * was sent and is not DNFB. Idempotent: the shared inbox, and a hold only replaces an older one.
 */
@ApplicationScoped
public class ClaimRejectedHandler implements IntegrationEventHandler<ClaimRejected> {

    private static final String SCRUB = "SCRUB";

    private final ClaimHolds holds;

    public ClaimRejectedHandler(ClaimHolds holds) {
        this.holds = holds;
    }

    @Override
    public String topic() {
        return Topics.CLAIM_REJECTED;
    }

    @Override
    public Class<ClaimRejected> eventType() {
        return ClaimRejected.class;
    }

    @Override
    public void handle(ClaimRejected e, EventContext context) {
        if (!SCRUB.equals(e.getStage()) || !"P".equals(e.getPayerResponsibility())) {
            return;
        }
        if (e.getEncounterId() == null || e.getEncounterId().isBlank()) {
            throw new PermanentEventException("ClaimRejected " + e.getEventId() + " names no encounterId");
        }
        holds.held(e.getEncounterId(), ClaimHoldReason.SCRUB_REJECTED, e.getOccurredAt());
    }
}
