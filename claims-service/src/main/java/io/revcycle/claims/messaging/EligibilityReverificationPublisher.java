package io.revcycle.claims.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.context.Scope;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.service.EligibilityReverifications;
import io.revcycle.events.EligibilityReverificationRequested;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.messaging.tracing.EventTracing;

/** EligibilityReverificationRequested through the shared outbox, keyed by encounter id like its answer. */
@ApplicationScoped
public class EligibilityReverificationPublisher implements EligibilityReverifications {

    private final EventOutbox outbox;
    private final EventTracing tracing;
    private final Clock clock;

    public EligibilityReverificationPublisher(EventOutbox outbox, EventTracing tracing, Clock clock) {
        this.outbox = outbox;
        this.tracing = tracing;
        this.clock = clock;
    }

    @Override
    public void request(Claim claim, Duration maxAge) {
        EligibilityReverificationRequested event = EligibilityReverificationRequested.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .setEncounterId(claim.encounterId)
                .setClaimId(claim.claimId)
                .setPatientId(claim.patientId)
                .setPayerId(claim.payerId)
                .setDateOfService(claim.dateOfService)
                .setLastCheckedAt(claim.eligibilityCheckedAt == null ? Instant.EPOCH
                        : claim.eligibilityCheckedAt.truncatedTo(ChronoUnit.MILLIS))
                .setMaxAgeDays((int) maxAge.toDays())
                .setBillingProviderNpi(claim.billingProviderNpi)
                .build();
        try (Scope ignored = tracing.resume(claim.traceparent)) {
            outbox.publish(Topics.ELIGIBILITY_REVERIFICATION_REQUESTED, claim.encounterId, event);
        }
    }
}
