package io.revcycle.messaging.bench;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** The shared inbox (kafka-clients under InboxConsumer): decoding, processed_event and the batch transaction are its own. */
@ApplicationScoped
public class InboxBenchHandler implements IntegrationEventHandler<PatientBalanceChanged> {

    static final String CONSUMER = "inbox";

    private final AppliedEvents applied;

    public InboxBenchHandler(AppliedEvents applied) {
        this.applied = applied;
    }

    @Override
    public String topic() {
        return BenchTopics.INBOX;
    }

    @Override
    public Class<PatientBalanceChanged> eventType() {
        return PatientBalanceChanged.class;
    }

    @Override
    public void handle(PatientBalanceChanged event, EventContext context) {
        applied.apply(CONSUMER, event.getEventId());
    }
}
