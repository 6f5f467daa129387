package io.revcycle.remittance.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.SubmittedClaim;

/** Announces a posting through the outbox, in the posting's transaction; both events are keyed by claim id. */
@ApplicationScoped
public class AdjudicationPublisher {

    private final EventOutbox outbox;
    private final RemittanceEventMapper mapper;

    public AdjudicationPublisher(EventOutbox outbox, RemittanceEventMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    public void publishAdjudication(SubmittedClaim claim, Remittance remittance) {
        outbox.publish(Topics.CLAIM_ADJUDICATED, claim.claimId, mapper.toClaimAdjudicated(claim, remittance));
        if (remittance.raisesDenial()) {
            outbox.publish(Topics.DENIAL_RAISED, claim.claimId, mapper.toDenialRaised(claim, remittance));
        }
    }
}
