package io.revcycle.insights.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.EncounterCoded;
import io.revcycle.events.Topics;
import io.revcycle.insights.service.FactStore;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** An encounter leaves the coding queue. */
@ApplicationScoped
public class EncounterCodedHandler implements IntegrationEventHandler<EncounterCoded> {

    private final FactStore facts;

    public EncounterCodedHandler(FactStore facts) {
        this.facts = facts;
    }

    @Override
    public String topic() {
        return Topics.ENCOUNTER_CODED;
    }

    @Override
    public Class<EncounterCoded> eventType() {
        return EncounterCoded.class;
    }

    @Override
    public void handle(EncounterCoded event, EventContext context) {
        facts.record(FactMapper.of(event));
    }
}
