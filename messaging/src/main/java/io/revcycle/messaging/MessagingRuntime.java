package io.revcycle.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.revcycle.messaging.inbox.InboxConsumers;
import io.revcycle.messaging.kafka.TopicProvisioner;
import io.revcycle.messaging.outbox.OutboxRelay;

/** Starts the relay and consumers after Flyway has migrated, and stops them before the datasource closes. */
@ApplicationScoped
public class MessagingRuntime {

    private final MessagingConfig config;
    private final OutboxRelay relay;
    private final InboxConsumers consumers;
    private final TopicProvisioner topics;

    public MessagingRuntime(MessagingConfig config, OutboxRelay relay, InboxConsumers consumers,
            TopicProvisioner topics) {
        this.config = config;
        this.relay = relay;
        this.consumers = consumers;
        this.topics = topics;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        topics.provisionIfEnabled();
        relay.start();
        consumers.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        consumers.stop();
        relay.stop();
    }
}
