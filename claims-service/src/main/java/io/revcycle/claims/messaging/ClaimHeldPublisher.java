package io.revcycle.claims.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.context.Scope;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.service.ClaimHoldEvents;
import io.revcycle.events.ClaimHeld;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.messaging.tracing.EventTracing;

/** ClaimHeld through the shared outbox, keyed by claim id, continuing the claim's trace. */
@ApplicationScoped
public class ClaimHeldPublisher implements ClaimHoldEvents {

    private final EventOutbox outbox;
    private final EventTracing tracing;

    public ClaimHeldPublisher(EventOutbox outbox, EventTracing tracing) {
        this.outbox = outbox;
        this.tracing = tracing;
    }

    @Override
    public void held(Claim claim) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant heldAt = claim.updatedAt == null ? now : claim.updatedAt.truncatedTo(ChronoUnit.MILLIS);
        ClaimHeld event = ClaimHeld.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(now)
                .setClaimId(claim.claimId)
                .setEncounterId(claim.encounterId)
                .setPayerId(claim.payerId)
                .setHoldReason(claim.holdReason.name())
                .setDetail(claim.holdDetail)
                .setHeldAt(heldAt)
                .build();
        try (Scope ignored = tracing.resume(claim.traceparent)) {
            outbox.publish(Topics.CLAIM_HELD, claim.claimId, event);
        }
    }
}
