package io.revcycle.claims.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.service.CodingReturns;
import io.revcycle.events.DenialReviewChanged;
import io.revcycle.events.Topics;
import io.revcycle.messaging.PermanentEventException;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/**
 * coding-service's end of a denial re-review: a completed one returns the denial to billing's work list with the
 * coder's outcome (CodingReturns). The shared inbox drops redeliveries; an event this release cannot read (an unknown
 * change or outcome) is dead-lettered with the reason.
 */
@ApplicationScoped
public class DenialReviewChangedHandler implements IntegrationEventHandler<DenialReviewChanged> {

    private final CodingReturns returns;

    public DenialReviewChangedHandler(CodingReturns returns) {
        this.returns = returns;
    }

    @Override
    public String topic() {
        return Topics.CODING_DENIAL_REVIEW;
    }

    @Override
    public Class<DenialReviewChanged> eventType() {
        return DenialReviewChanged.class;
    }

    @Override
    public void handle(DenialReviewChanged e, EventContext context) {
        boolean completed = switch (e.getChange()) {
            case "COMPLETED" -> true;
            case "RELEASED" -> false;
            default -> throw new PermanentEventException("unknown denial review change " + e.getChange());
        };
        CodingReturns.Outcome outcome = null;
        if (completed) {
            try {
                outcome = CodingReturns.Outcome.valueOf(String.valueOf(e.getOutcome()));
            } catch (IllegalArgumentException unknown) {
                throw new PermanentEventException("a completed denial review needs outcome CODES_CONFIRMED or "
                        + "CODES_CHANGED, not " + e.getOutcome());
            }
        }
        returns.reviewEnded(new CodingReturns.ReviewEnded(e.getReviewId(), e.getSourceEventId(), e.getClaimId(),
                completed, outcome, e.getActedBy(), e.getNote(), e.getOccurredAt()));
    }
}
