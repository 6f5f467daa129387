package io.revcycle.coding.messaging;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.revcycle.coding.service.CodingWorklist;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;
import io.revcycle.messaging.PermanentEventException;

/**
 * Opens a coding work item for every documented encounter, whether the API or an EHR integration engine published
 * it. Events are held to the API's validation rules; one that fails goes to the dead-letter topic.
 */
@ApplicationScoped
public class EncounterDocumentedHandler implements IntegrationEventHandler<EncounterDocumented> {

    private final CodingWorklist worklist;
    private final Validator validator;

    public EncounterDocumentedHandler(CodingWorklist worklist, Validator validator) {
        this.worklist = worklist;
        this.validator = validator;
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
        var violations = validator.validate(EncounterDocumentedMapper.toCommand(event));
        if (!violations.isEmpty()) {
            // field paths and rule messages only: the values may be PHI
            throw new PermanentEventException("invalid EncounterDocumented " + event.getEventId() + ": "
                    + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                            .collect(Collectors.joining("; ")));
        }
        worklist.open(event);
    }
}
