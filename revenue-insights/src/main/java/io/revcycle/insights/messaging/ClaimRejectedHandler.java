package io.revcycle.insights.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.ClaimRejected;
import io.revcycle.events.Topics;
import io.revcycle.insights.service.FactStore;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** A claim rejected by the scrubber, a 999 or a 277CA is not clean. */
@ApplicationScoped
public class ClaimRejectedHandler implements IntegrationEventHandler<ClaimRejected> {

    private final FactStore facts;

    public ClaimRejectedHandler(FactStore facts) {
        this.facts = facts;
    }

    @Override
    public String topic() {
        return Topics.CLAIM_REJECTED;
    }

    @Override
    public Class<ClaimRejected> eventType() {
        return ClaimRejected.class;
    }

    @Override
    public void handle(ClaimRejected event, EventContext context) {
        facts.record(FactMapper.of(event));
    }
}
