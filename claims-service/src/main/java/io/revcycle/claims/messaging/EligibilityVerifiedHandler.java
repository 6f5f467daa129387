package io.revcycle.claims.messaging;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.service.ClaimIntakeService;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/** Coverage verified: the eligibility half of the encounter's claim intake. */
@ApplicationScoped
public class EligibilityVerifiedHandler implements IntegrationEventHandler<EligibilityVerified> {

    private final ClaimIntakeService intake;
    private final ClaimEventMapper mapper;

    public EligibilityVerifiedHandler(ClaimIntakeService intake, ClaimEventMapper mapper) {
        this.intake = intake;
        this.mapper = mapper;
    }

    @Override
    public String topic() {
        return Topics.ELIGIBILITY_VERIFIED;
    }

    @Override
    public Class<EligibilityVerified> eventType() {
        return EligibilityVerified.class;
    }

    @Override
    public Optional<String> sharedConsumer() {
        return Optional.of(ClaimIntakeService.CONSUMER);
    }

    @Override
    public void handle(EligibilityVerified event, EventContext context) {
        intake.record(mapper.toCommand(event));
    }
}
