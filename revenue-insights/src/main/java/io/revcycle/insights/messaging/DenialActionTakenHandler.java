package io.revcycle.insights.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.DenialActionTaken;
import io.revcycle.events.Topics;
import io.revcycle.insights.service.FactStore;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** A denial worked: it leaves the queue when corrected, voided, appealed, written off or resolved. */
@ApplicationScoped
public class DenialActionTakenHandler implements IntegrationEventHandler<DenialActionTaken> {

    private final FactStore facts;

    public DenialActionTakenHandler(FactStore facts) {
        this.facts = facts;
    }

    @Override
    public String topic() {
        return Topics.DENIAL_ACTION;
    }

    @Override
    public Class<DenialActionTaken> eventType() {
        return DenialActionTaken.class;
    }

    @Override
    public void handle(DenialActionTaken event, EventContext context) {
        facts.record(FactMapper.of(event));
    }
}
