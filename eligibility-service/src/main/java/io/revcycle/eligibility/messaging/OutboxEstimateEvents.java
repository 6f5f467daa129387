package io.revcycle.eligibility.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.eligibility.domain.PatientEstimate;
import io.revcycle.eligibility.service.EstimateEvents;
import io.revcycle.events.EstimatedLine;
import io.revcycle.events.PatientEstimated;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;

/** PatientEstimated through the shared outbox, keyed by encounter (its estimates stay in order). */
@ApplicationScoped
public class OutboxEstimateEvents implements EstimateEvents {

    private final EventOutbox outbox;

    public OutboxEstimateEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void estimated(EligibilityCheck check, PatientEstimate estimate, List<String> procedureCodes) {
        outbox.publish(Topics.PATIENT_ESTIMATED, check.encounterId, toEvent(check, estimate, procedureCodes,
                Instant.now().truncatedTo(ChronoUnit.MILLIS)));
    }

    static PatientEstimated toEvent(EligibilityCheck check, PatientEstimate e, List<String> procedureCodes,
            Instant at) {
        List<EstimatedLine> lines = new ArrayList<>();
        for (PatientEstimate.Line l : e.lines()) {
            int i = l.lineNumber() - 1;
            lines.add(EstimatedLine.newBuilder().setLineNumber(l.lineNumber())
                    .setProcedureCode(i < procedureCodes.size() ? procedureCodes.get(i) : null)
                    .setExpectedAllowed(l.expectedAllowed()).setPatientShare(l.patientShare()).build());
        }
        return PatientEstimated.newBuilder()
                .setEventId(UUID.randomUUID()) // each estimate is a new fact; the newest of an encounter counts
                .setOccurredAt(at)
                .setEncounterId(check.encounterId)
                .setPatientId(check.patientId)
                .setPayerId(check.payerId)
                .setCheckId(check.checkId)
                .setExpectedAllowed(e.expectedAllowed())
                .setDeductible(e.deductible())
                .setCopay(e.copay())
                .setCoinsurance(e.coinsurance())
                .setPatientShare(e.patientShare())
                .setExpectedPayerPayment(e.expectedPayerPayment())
                .setLines(lines)
                .build();
    }
}
