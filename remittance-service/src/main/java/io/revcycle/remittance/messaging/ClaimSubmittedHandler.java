package io.revcycle.remittance.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;
import io.revcycle.remittance.service.RemittancePostingService;

/** Keeps a copy of each submitted claim; posts the 835 claim payment that waited for it in the unmatched queue. */
@ApplicationScoped
public class ClaimSubmittedHandler implements IntegrationEventHandler<ClaimSubmitted> {

    private final RemittancePostingService posting;
    private final RemittanceEventMapper mapper;

    public ClaimSubmittedHandler(RemittancePostingService posting, RemittanceEventMapper mapper) {
        this.posting = posting;
        this.mapper = mapper;
    }

    @Override
    public String topic() {
        return Topics.CLAIM_SUBMITTED;
    }

    @Override
    public Class<ClaimSubmitted> eventType() {
        return ClaimSubmitted.class;
    }

    @Override
    public void handle(ClaimSubmitted event, EventContext context) {
        posting.recordClaim(mapper.toCommand(event));
    }
}
