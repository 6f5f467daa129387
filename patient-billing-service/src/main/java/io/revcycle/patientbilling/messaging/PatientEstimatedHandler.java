package io.revcycle.patientbilling.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.PatientEstimated;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;
import io.revcycle.patientbilling.service.PointOfService;
import io.revcycle.patientbilling.service.RecordEstimateCommand;

/** Keeps each encounter's newest point-of-service estimate, so the front desk can collect against it. */
@ApplicationScoped
public class PatientEstimatedHandler implements IntegrationEventHandler<PatientEstimated> {

    private final PointOfService pointOfService;

    public PatientEstimatedHandler(PointOfService pointOfService) {
        this.pointOfService = pointOfService;
    }

    @Override
    public String topic() {
        return Topics.PATIENT_ESTIMATED;
    }

    @Override
    public Class<PatientEstimated> eventType() {
        return PatientEstimated.class;
    }

    @Override
    public void handle(PatientEstimated e, EventContext context) {
        pointOfService.record(new RecordEstimateCommand(e.getEventId(), e.getEncounterId(), e.getPatientId(),
                e.getPayerId(), e.getCheckId(), e.getExpectedAllowed(), e.getDeductible(), e.getCopay(),
                e.getCoinsurance(), e.getPatientShare(), e.getExpectedPayerPayment(), e.getOccurredAt()));
    }
}
