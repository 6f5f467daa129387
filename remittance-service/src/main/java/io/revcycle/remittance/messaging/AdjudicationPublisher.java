package io.revcycle.remittance.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.context.Scope;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.messaging.tracing.EventTracing;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.SubmittedClaim;

/** Announces a posting through the outbox, in the posting's transaction; both events are keyed by claim id. */
@ApplicationScoped
public class AdjudicationPublisher {

    private final EventOutbox outbox;
    private final RemittanceEventMapper mapper;
    private final EventTracing tracing;

    public AdjudicationPublisher(EventOutbox outbox, RemittanceEventMapper mapper, EventTracing tracing) {
        this.outbox = outbox;
        this.mapper = mapper;
        this.tracing = tracing;
    }

    public void publishAdjudication(SubmittedClaim claim, Remittance remittance) {
        // the 835 carries many claims: each claim's outcome continues that claim's own trace
        try (Scope ignored = tracing.resume(claim.traceparent)) {
            outbox.publish(Topics.CLAIM_ADJUDICATED, claim.claimId, mapper.toClaimAdjudicated(claim, remittance));
            if (remittance.raisesDenial()) {
                outbox.publish(Topics.DENIAL_RAISED, claim.claimId, mapper.toDenialRaised(claim, remittance));
            }
        }
    }
}
