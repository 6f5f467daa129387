package io.revcycle.messaging.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import io.revcycle.events.Topics;
import io.revcycle.messaging.MessagingConfig;

/** Creates the event topics and their dead-letter topics when missing, so nothing relies on auto-creation. */
@ApplicationScoped
public class TopicProvisioner {

    private final KafkaClientFactory clients;
    private final MessagingConfig config;

    public TopicProvisioner(KafkaClientFactory clients, MessagingConfig config) {
        this.clients = clients;
        this.config = config;
    }

    public void provisionIfEnabled() {
        if (!config.topics().provision()) {
            return;
        }
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            NewTopic t = new NewTopic(topic, config.topics().partitions(), config.topics().replicationFactor());
            if (Topics.FILE_TOPICS.contains(topic)) {
                // whole X12 files travel in one record (see the EDI gateway); envelope overhead on top of the file
                t.configs(java.util.Map.of("max.message.bytes", String.valueOf(KafkaClientFactory.MAX_RECORD_BYTES)));
            }
            topics.add(t);
            NewTopic dlq = new NewTopic(Topics.deadLetterOf(topic), 1, config.topics().replicationFactor());
            java.util.Map<String, String> dlqConfig = new java.util.HashMap<>(t.configs() == null ? java.util.Map.of()
                    : t.configs());
            dlqConfig.put("retention.ms", String.valueOf(config.topics().deadLetterRetention().toMillis()));
            dlq.configs(dlqConfig);
            topics.add(dlq);
        }
        try (Admin admin = Admin.create(clients.admin())) {
            admin.createTopics(topics).values().forEach((name, future) -> {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + name, e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
