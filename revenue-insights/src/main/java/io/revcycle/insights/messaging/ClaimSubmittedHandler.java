package io.revcycle.insights.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.Topics;
import io.revcycle.insights.service.FactStore;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** A claim is billed: it leaves DNFB and enters A/R; its first submission counts for the clean-claim rate. */
@ApplicationScoped
public class ClaimSubmittedHandler implements IntegrationEventHandler<ClaimSubmitted> {

    private final FactStore facts;

    public ClaimSubmittedHandler(FactStore facts) {
        this.facts = facts;
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
        facts.record(FactMapper.of(event));
    }
}
