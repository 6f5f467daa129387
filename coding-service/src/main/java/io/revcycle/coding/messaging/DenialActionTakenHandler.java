package io.revcycle.coding.messaging;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.coding.service.DenialReviews;
import io.revcycle.events.DenialActionTaken;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/**
 * A denial a biller routed to coding (claims-service's DenialActionTaken ROUTED_TO_CODING) becomes a re-review item
 * with the denied lines' codes; every other denial action is billing's and is skipped. Idempotent: the shared inbox,
 * the item's unique event id, and one open re-review per claim.
 */
@ApplicationScoped
public class DenialActionTakenHandler implements IntegrationEventHandler<DenialActionTaken> {

    static final String ROUTED_TO_CODING = "ROUTED_TO_CODING";

    private final DenialReviews reviews;

    public DenialActionTakenHandler(DenialReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public String topic() {
        return Topics.DENIAL_ACTION;
    }

    @Override
    public Class<DenialActionTaken> eventType() {
        return DenialActionTaken.class;
    }

    @Override
    public void handle(DenialActionTaken e, EventContext context) {
        if (!ROUTED_TO_CODING.equals(e.getAction())) {
            return;
        }
        String reasons = e.getLines().isEmpty()
                // an event from before the lines were carried: the line numbers at least
                ? e.getLineNumbers().stream().map(n -> "line " + n).collect(Collectors.joining("; "))
                : e.getLines().stream().map(l -> DenialReviews.reason(l.getLineNumber(), l.getProcedureCode(),
                        l.getGroupCode(), l.getReasonCode(), l.getRemarkCodes(), l.getAmount()))
                        .collect(Collectors.joining("; "));
        reviews.route(new DenialReviews.OpenReviewCommand(e.getEventId(), e.getClaimId(), e.getEncounterId(),
                e.getPayerId(), "CODING", e.getCategory() == null ? "UNCLASSIFIED" : e.getCategory(), reasons,
                e.getAmount(), e.getAppealDeadline(), "Routed to coding by " + e.getActedBy() + " (billing): "
                        + "re-review the codes against the documentation and the denial reasons"));
    }
}
