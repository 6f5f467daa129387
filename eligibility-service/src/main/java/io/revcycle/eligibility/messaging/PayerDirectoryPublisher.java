package io.revcycle.eligibility.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.eligibility.domain.Payer;
import io.revcycle.eligibility.service.PayerDirectoryEvents;
import io.revcycle.events.PayerDirectoryUpdated;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;

/** PayerDirectoryUpdated through the shared outbox, keyed by payer (the topic is compacted on that key). */
@ApplicationScoped
public class PayerDirectoryPublisher implements PayerDirectoryEvents {

    private final EventOutbox outbox;

    public PayerDirectoryPublisher(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void entryChanged(Payer payer) {
        outbox.publish(Topics.PAYER_DIRECTORY, payer.payerId, toEvent(payer));
    }

    static PayerDirectoryUpdated toEvent(Payer p) {
        return PayerDirectoryUpdated.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setPayerId(p.payerId)
                .setName(p.name)
                .setInterchangeId(p.interchangeId)
                .setGatewayRoute(p.gatewayRoute.name())
                .setRealTimeEligibility(p.realTimeEligibility)
                .setClaimFilingIndicator(p.claimFilingIndicator)
                .setTimelyFilingDays(p.timelyFilingDays)
                .setAppealWindowDays(p.appealWindowDays)
                .setFollowUpDays(p.followUpDays)
                .setAcknowledgeOnly(p.acknowledgeOnly)
                .setUpdatedBy(p.updatedBy)
                .setUpdatedAt(p.updatedAt.truncatedTo(ChronoUnit.MICROS))
                .build();
    }
}
