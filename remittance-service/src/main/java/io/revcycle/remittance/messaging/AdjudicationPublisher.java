package io.revcycle.remittance.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.context.Scope;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.messaging.tracing.EventTracing;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.SubmittedClaim;
import io.revcycle.remittance.service.ClaimTotals;

/** Announces each posting through the outbox, in the posting's transaction; both events are keyed by claim id. */
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

    /**
     * One ClaimAdjudicated per posting, with the claim's totals after it; a DenialRaised when this posting (not a
     * reversal) denied something.
     */
    public void publishAdjudication(SubmittedClaim claim, ClaimTotals totals, Remittance posting,
            String traceNumber) {
        // the 835 carries many claims: each claim's outcome continues that claim's own trace
        try (Scope ignored = tracing.resume(claim.traceparent)) {
            // keyed by the claim: its payers' postings stay in order on one partition
            outbox.publish(Topics.CLAIM_ADJUDICATED, claim.claimOfRecord(),
                    mapper.toClaimAdjudicated(claim, totals, posting, traceNumber));
            if (!posting.reversal && posting.raisesDenial()) {
                outbox.publish(Topics.DENIAL_RAISED, claim.claimOfRecord(), mapper.toDenialRaised(claim, posting));
            }
        }
    }
}
