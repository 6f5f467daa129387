package io.revcycle.claims.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.service.AdjudicationService;
import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** The payer's outcome for a submitted claim; an unknown claim is dead-lettered. */
@ApplicationScoped
public class ClaimAdjudicatedHandler implements IntegrationEventHandler<ClaimAdjudicated> {

    private final AdjudicationService adjudications;
    private final ClaimEventMapper mapper;

    public ClaimAdjudicatedHandler(AdjudicationService adjudications, ClaimEventMapper mapper) {
        this.adjudications = adjudications;
        this.mapper = mapper;
    }

    @Override
    public String topic() {
        return Topics.CLAIM_ADJUDICATED;
    }

    @Override
    public Class<ClaimAdjudicated> eventType() {
        return ClaimAdjudicated.class;
    }

    @Override
    public void handle(ClaimAdjudicated event, EventContext context) {
        adjudications.record(mapper.toCommand(event));
    }
}
