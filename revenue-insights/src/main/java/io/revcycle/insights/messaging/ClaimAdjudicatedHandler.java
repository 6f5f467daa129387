package io.revcycle.insights.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.Topics;
import io.revcycle.insights.service.FactStore;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** The payer's postings: initial denials, first-pass resolution, net revenue and the claim's open balance. */
@ApplicationScoped
public class ClaimAdjudicatedHandler implements IntegrationEventHandler<ClaimAdjudicated> {

    private final FactStore facts;

    public ClaimAdjudicatedHandler(FactStore facts) {
        this.facts = facts;
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
        facts.record(FactMapper.of(event));
    }
}
