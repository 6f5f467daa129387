package io.revcycle.coding.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.coding.domain.DenialReview;
import io.revcycle.coding.service.DenialReviewEvents;
import io.revcycle.events.DenialReviewChanged;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;

/** DenialReviewChanged through the shared outbox (which seals the note), keyed by claim id as the denial's events. */
@ApplicationScoped
public class DenialReviewPublisher implements DenialReviewEvents {

    private final EventOutbox outbox;

    public DenialReviewPublisher(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void completed(DenialReview review) {
        publish(review, "COMPLETED", review.completedBy, review.completedAt, review.outcome.name(), review.note);
    }

    @Override
    public void released(DenialReview review, String releasedBy) {
        publish(review, "RELEASED", releasedBy, Instant.now(), null, null);
    }

    private void publish(DenialReview r, String change, String by, Instant at, String outcome, String note) {
        outbox.publish(Topics.CODING_DENIAL_REVIEW, r.claimId, DenialReviewChanged.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(at.truncatedTo(ChronoUnit.MILLIS)).setReviewId(r.id)
                .setSourceEventId(r.eventId).setClaimId(r.claimId).setEncounterId(r.encounterId)
                .setPayerId(r.payerId).setDepartment(r.department).setChange(change).setOutcome(outcome)
                .setActedBy(by).setNote(note).build());
    }
}
