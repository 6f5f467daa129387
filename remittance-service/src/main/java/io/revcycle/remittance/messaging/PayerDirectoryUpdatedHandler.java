package io.revcycle.remittance.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.PayerDirectoryUpdated;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;
import io.revcycle.remittance.service.CopyPayerWindowCommand;
import io.revcycle.remittance.service.PayerWindowCopy;

/** The payer directory's entries (eligibility-service): the appeal windows denials are classified with. */
@ApplicationScoped
public class PayerDirectoryUpdatedHandler implements IntegrationEventHandler<PayerDirectoryUpdated> {

    private final PayerWindowCopy copy;

    public PayerDirectoryUpdatedHandler(PayerWindowCopy copy) {
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
        copy.apply(new CopyPayerWindowCommand(e.getPayerId(), e.getTimelyFilingDays(), e.getAppealWindowDays(),
                e.getFollowUpDays(), e.getUpdatedAt()));
    }
}
