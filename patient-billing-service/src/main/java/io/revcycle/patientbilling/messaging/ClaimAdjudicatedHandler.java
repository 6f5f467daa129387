package io.revcycle.patientbilling.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;
import io.revcycle.patientbilling.service.PatientResponsibilityService;

/** Bills the patient's share of each adjudicated claim. */
@ApplicationScoped
public class ClaimAdjudicatedHandler implements IntegrationEventHandler<ClaimAdjudicated> {

    private final PatientResponsibilityService service;
    private final BillingEventMapper mapper;

    public ClaimAdjudicatedHandler(PatientResponsibilityService service, BillingEventMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public String topic() {
        return Topics.CLAIM_ADJUDICATED;
    }

    @Override
    public Class<ClaimAdjudicated> eventType() {
        return ClaimAdjudicated.class;
    }

    @Override
    public void handle(ClaimAdjudicated event, EventContext context) {
        service.post(mapper.toCommand(event));
    }
}
