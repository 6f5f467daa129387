package io.revcycle.edi.intake;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.edi.EdiConfig;
import io.revcycle.edi.EdiOrigin;
import io.revcycle.events.EdiInterchange;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;

/**
 * Takes files from the raw-EDI topic named by {@code revcycle.edi.consume-topic} through the shared idempotent
 * consumer (a redelivered record changes nothing; a file a handler cannot take goes to the topic's DLQ). Only
 * started when that property is set.
 */
@ApplicationScoped
public class EdiTopicIntake implements IntegrationEventHandler<EdiInterchange> {

    private final EdiConfig config;
    private final EdiIntake intake;

    public EdiTopicIntake(EdiConfig config, EdiIntake intake) {
        this.config = config;
        this.intake = intake;
    }

    @Override
    public boolean enabled() {
        return config.consumeTopic().isPresent();
    }

    @Override
    public String topic() {
        return config.consumeTopic().orElse("");
    }

    @Override
    public Class<EdiInterchange> eventType() {
        return EdiInterchange.class;
    }

    @Override
    public void handle(EdiInterchange event, EventContext context) {
        byte[] content = new byte[event.getContent().remaining()];
        event.getContent().duplicate().get(content);
        intake.receive(content, event.getFileName(), EdiOrigin.TOPIC);
    }
}
