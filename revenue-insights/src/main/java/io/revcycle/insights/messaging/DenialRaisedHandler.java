package io.revcycle.insights.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.DenialRaised;
import io.revcycle.events.Topics;
import io.revcycle.insights.service.FactStore;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** A denial enters the denial queue and the Pareto. */
@ApplicationScoped
public class DenialRaisedHandler implements IntegrationEventHandler<DenialRaised> {

    private final FactStore facts;

    public DenialRaisedHandler(FactStore facts) {
        this.facts = facts;
    }

    @Override
    public String topic() {
        return Topics.DENIAL_RAISED;
    }

    @Override
    public Class<DenialRaised> eventType() {
        return DenialRaised.class;
    }

    @Override
    public void handle(DenialRaised event, EventContext context) {
        facts.record(FactMapper.of(event));
    }
}
