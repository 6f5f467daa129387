package io.revcycle.eligibility.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.eligibility.service.EligibilityReverification;
import io.revcycle.eligibility.service.ReverifyEligibilityCommand;
import io.revcycle.events.EligibilityReverificationRequested;
import io.revcycle.events.Topics;
import io.revcycle.messaging.PermanentEventException;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** claims-service holds a claim whose check is too old: a fresh check, answered by a new EligibilityVerified. */
@ApplicationScoped
public class EligibilityReverificationRequestedHandler
        implements IntegrationEventHandler<EligibilityReverificationRequested> {

    private final EligibilityReverification reverification;

    public EligibilityReverificationRequestedHandler(EligibilityReverification reverification) {
        this.reverification = reverification;
    }

    @Override
    public String topic() {
        return Topics.ELIGIBILITY_REVERIFICATION_REQUESTED;
    }

    @Override
    public Class<EligibilityReverificationRequested> eventType() {
        return EligibilityReverificationRequested.class;
    }

    @Override
    public void handle(EligibilityReverificationRequested event, EventContext context) {
        if (event.getEncounterId() == null || event.getEncounterId().isBlank()) {
            throw new PermanentEventException("EligibilityReverificationRequested " + event.getEventId()
                    + " has no encounterId");
        }
        String npi = event.getBillingProviderNpi();
        var outcome = reverification.reverify(new ReverifyEligibilityCommand(event.getEncounterId(),
                event.getLastCheckedAt(), npi == null || npi.isBlank() ? null : npi));
        if (outcome == EligibilityReverification.Outcome.NO_CHECK) {
            throw new PermanentEventException("EligibilityReverificationRequested " + event.getEventId()
                    + ": encounter " + event.getEncounterId() + " was never checked by this service");
        }
    }
}
