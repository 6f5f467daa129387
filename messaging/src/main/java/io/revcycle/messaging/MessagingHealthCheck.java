package io.revcycle.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.revcycle.messaging.inbox.InboxConsumers;
import io.revcycle.messaging.outbox.OutboxRelay;

/** Ready only while the outbox relay and every consumer loop are alive. */
@Readiness
@ApplicationScoped
public class MessagingHealthCheck implements HealthCheck {

    private final MessagingConfig config;
    private final OutboxRelay relay;
    private final InboxConsumers consumers;

    public MessagingHealthCheck(MessagingConfig config, OutboxRelay relay, InboxConsumers consumers) {
        this.config = config;
        this.relay = relay;
        this.consumers = consumers;
    }

    @Override
    public HealthCheckResponse call() {
        if (!config.enabled()) {
            return HealthCheckResponse.named("revcycle-messaging").up().withData("enabled", false).build();
        }
        List<String> stopped = consumers.stopped();
        boolean up = relay.isRunning() && stopped.isEmpty();
        return HealthCheckResponse.named("revcycle-messaging").status(up)
                .withData("outboxRelay", relay.isRunning())
                .withData("stoppedConsumers", String.join(",", stopped)).build();
    }
}
