package io.revcycle.claims.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.service.CopyPayerEntryCommand;
import io.revcycle.claims.service.PayerDirectoryCopy;
import io.revcycle.events.PayerDirectoryUpdated;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** The payer directory's entries (eligibility-service): this service's copy of payers and their windows. */
@ApplicationScoped
public class PayerDirectoryUpdatedHandler implements IntegrationEventHandler<PayerDirectoryUpdated> {

    private final PayerDirectoryCopy copy;

    public PayerDirectoryUpdatedHandler(PayerDirectoryCopy copy) {
        this.copy = copy;
    }

    @Override
    public String topic() {
        return Topics.PAYER_DIRECTORY;
    }

    @Override
    public Class<PayerDirectoryUpdated> eventType() {
        return PayerDirectoryUpdated.class;
    }

    @Override
    public void handle(PayerDirectoryUpdated e, EventContext context) {
        copy.apply(new CopyPayerEntryCommand(e.getPayerId(), e.getName(), e.getInterchangeId(), e.getGatewayRoute(),
                e.getClaimFilingIndicator(), e.getTimelyFilingDays(), e.getAppealWindowDays(), e.getFollowUpDays(),
                e.getAcknowledgeOnly(), e.getUpdatedAt()));
    }
}
