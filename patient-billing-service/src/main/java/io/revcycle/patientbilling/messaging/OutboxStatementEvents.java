package io.revcycle.patientbilling.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.patientbilling.service.StatementEvents;
import io.revcycle.patientbilling.service.StatementIssued;

/** Publishes PatientStatementIssued through the outbox with the statement, keyed by the guarantor account. */
@ApplicationScoped
public class OutboxStatementEvents implements StatementEvents {

    private final EventOutbox outbox;
    private final BillingEventMapper mapper;

    public OutboxStatementEvents(EventOutbox outbox, BillingEventMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    @Override
    public void statementIssued(StatementIssued issued) {
        outbox.publish(Topics.PATIENT_STATEMENT_ISSUED, issued.statement().accountId(), mapper.toEvent(issued));
    }
}
