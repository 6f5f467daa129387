package io.revcycle.patientbilling.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.patientbilling.service.BalanceChange;
import io.revcycle.patientbilling.service.BalanceEvents;

/**
 * Publishes PatientBalanceChanged through the outbox, in the transaction that changed the balance, keyed by the
 * guarantor account so readers see one account's balances in order.
 */
@ApplicationScoped
public class OutboxBalanceEvents implements BalanceEvents {

    private final EventOutbox outbox;
    private final BillingEventMapper mapper;

    public OutboxBalanceEvents(EventOutbox outbox, BillingEventMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    @Override
    public void balanceChanged(BalanceChange change) {
        outbox.publish(Topics.PATIENT_BALANCE_CHANGED, change.accountId(), mapper.toEvent(change));
    }
}
