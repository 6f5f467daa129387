package io.revcycle.claims.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.service.DenialQueueService;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** Denied claim lines enter the billers' work queue. */
@ApplicationScoped
public class DenialRaisedHandler implements IntegrationEventHandler<DenialRaised> {

    private final DenialQueueService denials;
    private final ClaimEventMapper mapper;

    public DenialRaisedHandler(DenialQueueService denials, ClaimEventMapper mapper) {
        this.denials = denials;
        this.mapper = mapper;
    }

    @Override
    public String topic() {
        return Topics.DENIAL_RAISED;
    }

    @Override
    public Class<DenialRaised> eventType() {
        return DenialRaised.class;
    }

    @Override
    public void handle(DenialRaised event, EventContext context) {
        denials.enqueue(mapper.toCommand(event));
    }
}
