package io.revcycle.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import io.revcycle.messaging.inbox.InboxConsumers;

/**
 * Live unless a consumer has made no progress for longer than {@code revcycle.messaging.consumer.liveness-stall}:
 * consumers recreate themselves after client errors and wait out outages, so only a stuck one fails this check and
 * gets its pod restarted.
 */
@Liveness
@ApplicationScoped
public class MessagingLivenessCheck implements HealthCheck {

    private final MessagingConfig config;
    private final InboxConsumers consumers;

    public MessagingLivenessCheck(MessagingConfig config, InboxConsumers consumers) {
        this.config = config;
        this.consumers = consumers;
    }

    @Override
    public HealthCheckResponse call() {
        if (!config.enabled()) {
            return HealthCheckResponse.named("revcycle-messaging-progress").up().build();
        }
        List<String> stalled = consumers.stalled(config.consumer().livenessStall());
        return HealthCheckResponse.named("revcycle-messaging-progress").status(stalled.isEmpty())
                .withData("stalledConsumers", String.join(",", stalled)).build();
    }
}
