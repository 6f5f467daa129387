package io.revcycle.patientbilling.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.patientbilling.service.PlanChange;
import io.revcycle.patientbilling.service.PlanEvents;

/** Publishes PaymentPlanChanged through the outbox, keyed by the guarantor account. */
@ApplicationScoped
public class OutboxPlanEvents implements PlanEvents {

    private final EventOutbox outbox;
    private final BillingEventMapper mapper;

    public OutboxPlanEvents(EventOutbox outbox, BillingEventMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    @Override
    public void planChanged(PlanChange change) {
        outbox.publish(Topics.PAYMENT_PLAN_CHANGED, change.accountId(), mapper.toEvent(change));
    }
}
