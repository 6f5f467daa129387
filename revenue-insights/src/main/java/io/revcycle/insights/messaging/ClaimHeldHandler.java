package io.revcycle.insights.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.ClaimHeld;
import io.revcycle.events.Topics;
import io.revcycle.insights.service.FactStore;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** A claim held before sending is not clean. */
@ApplicationScoped
public class ClaimHeldHandler implements IntegrationEventHandler<ClaimHeld> {

    private final FactStore facts;

    public ClaimHeldHandler(FactStore facts) {
        this.facts = facts;
    }

    @Override
    public String topic() {
        return Topics.CLAIM_HELD;
    }

    @Override
    public Class<ClaimHeld> eventType() {
        return ClaimHeld.class;
    }

    @Override
    public void handle(ClaimHeld event, EventContext context) {
        facts.record(FactMapper.of(event));
    }
}
