package io.revcycle.insights.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.Topics;
import io.revcycle.insights.service.FactStore;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** An encounter enters the coding queue and, until its claim is sent, DNFB. */
@ApplicationScoped
public class EncounterDocumentedHandler implements IntegrationEventHandler<EncounterDocumented> {

    private final FactStore facts;

    public EncounterDocumentedHandler(FactStore facts) {
        this.facts = facts;
    }

    @Override
    public String topic() {
        return Topics.ENCOUNTER_DOCUMENTED;
    }

    @Override
    public Class<EncounterDocumented> eventType() {
        return EncounterDocumented.class;
    }

    @Override
    public void handle(EncounterDocumented event, EventContext context) {
        facts.record(FactMapper.of(event));
    }
}
