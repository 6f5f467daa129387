package io.revcycle.remittance.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.RemittanceReceived;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;
import io.revcycle.remittance.service.RemittancePostingService;

/** Validates and records a payer remittance; posts it if its claim is already known. */
@ApplicationScoped
public class RemittanceReceivedHandler implements IntegrationEventHandler<RemittanceReceived> {

    private final RemittancePostingService posting;
    private final RemittanceEventMapper mapper;

    public RemittanceReceivedHandler(RemittancePostingService posting, RemittanceEventMapper mapper) {
        this.posting = posting;
        this.mapper = mapper;
    }

    @Override
    public String topic() {
        return Topics.PAYER_REMITTANCE;
    }

    @Override
    public Class<RemittanceReceived> eventType() {
        return RemittanceReceived.class;
    }

    @Override
    public void handle(RemittanceReceived event, EventContext context) {
        posting.receiveRemittance(mapper.toCommand(event));
    }
}
