package io.revcycle.claims.messaging;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.service.ClaimIntakeService;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** Coding finished: the coding half of the encounter's claim intake. */
@ApplicationScoped
public class EncounterCodedHandler implements IntegrationEventHandler<EncounterCoded> {

    private final ClaimIntakeService intake;
    private final ClaimEventMapper mapper;

    public EncounterCodedHandler(ClaimIntakeService intake, ClaimEventMapper mapper) {
        this.intake = intake;
        this.mapper = mapper;
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
    public Optional<String> sharedConsumer() {
        return Optional.of(ClaimIntakeService.CONSUMER);
    }

    @Override
    public void handle(EncounterCoded event, EventContext context) {
        intake.record(mapper.toCommand(event));
    }
}
