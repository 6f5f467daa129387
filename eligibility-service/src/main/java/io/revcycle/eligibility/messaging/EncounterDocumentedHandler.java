package io.revcycle.eligibility.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.eligibility.service.EligibilityVerificationService;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** Every documented encounter gets its coverage checked for the date of service. */
@ApplicationScoped
public class EncounterDocumentedHandler implements IntegrationEventHandler<EncounterDocumented> {

    private final EligibilityVerificationService verification;

    public EncounterDocumentedHandler(EligibilityVerificationService verification) {
        this.verification = verification;
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
        verification.verify(EligibilityEventMapper.toCommand(event));
    }
}
