package io.revcycle.patientbilling.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.patientbilling.service.CollectionsChange;
import io.revcycle.patientbilling.service.CollectionsEvents;

/** Publishes CollectionsStatusChanged through the outbox, keyed by the guarantor account. */
@ApplicationScoped
public class OutboxCollectionsEvents implements CollectionsEvents {

    private final EventOutbox outbox;
    private final BillingEventMapper mapper;

    public OutboxCollectionsEvents(EventOutbox outbox, BillingEventMapper mapper) {
        this.outbox = outbox;
        this.mapper = mapper;
    }

    @Override
    public void statusChanged(CollectionsChange change) {
        outbox.publish(Topics.PATIENT_COLLECTIONS, change.accountId(), mapper.toEvent(change));
    }
}
