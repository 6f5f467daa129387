package io.revcycle.coding.messaging;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.coding.service.DenialReviews;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/**
 * Denials owned by coding or CDI (by the remittance service's classification) return to the worklist as re-review
 * items; others are skipped. Idempotent: the shared inbox and the item's unique event id.
 */
@ApplicationScoped
public class DenialRaisedHandler implements IntegrationEventHandler<DenialRaised> {

    private final DenialReviews reviews;

    public DenialRaisedHandler(DenialReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public String topic() {
        return Topics.DENIAL_RAISED;
    }

    @Override
    public Class<DenialRaised> eventType() {
        return DenialRaised.class;
    }

    @Override
    public void handle(DenialRaised e, EventContext context) {
        String reasons = e.getDenials().stream()
                .map(d -> DenialReviews.reason(d.getLineNumber(), d.getProcedureCode(), d.getGroupCode(),
                        d.getReasonCode(), d.getRemarkCodes(), d.getAmount()))
                .collect(Collectors.joining("; "));
        reviews.open(new DenialReviews.OpenReviewCommand(e.getEventId(), e.getClaimId(), e.getEncounterId(),
                e.getPayerId(), e.getOwningDepartment(), e.getCategory(), reasons, e.getDeniedAmount(),
                e.getAppealDeadline(), e.getNextAction()));
    }
}
