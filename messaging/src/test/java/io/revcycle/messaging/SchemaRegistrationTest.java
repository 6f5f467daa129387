package io.revcycle.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.events.EventTypes;
import io.revcycle.events.Topics;
import io.revcycle.messaging.kafka.KafkaClientFactory;
import io.revcycle.messaging.kafka.SchemaRegistration;

/** Producers never auto-register: every schema goes in once, and a serializer finds it by content afterwards. */
@QuarkusTest
@QuarkusTestResource(value = ProxiedInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "messaging_test"))
class SchemaRegistrationTest {

    @Inject
    MessagingConfig config;

    @Inject
    KafkaClientFactory clients;

    @Test
    void shouldRegisterEverySchemaIdempotentlySoProducersSerializeEveryEventTypeWithoutAutoRegistration() {
        assertThat(SchemaRegistration.registerAll(config.registryUrl())).hasSize(Topics.ALL.size())
                .contains(Topics.ENCOUNTER_DOCUMENTED + "-value", Topics.EDI_FROM_PAYER + "-value");
        assertThat(SchemaRegistration.registerAll(config.registryUrl())).hasSize(Topics.ALL.size());

        // a fresh serializer per topic: its cache must not answer for another topic with the same schema
        EventTypes.BY_TOPIC.forEach((topic, type) -> {
            try (AvroKafkaSerializer<Object> serializer = new AvroKafkaSerializer<>()) {
                serializer.configure(clients.eventProducer(), false);
                assertThat(serializer.serialize(topic, new RecordHeaders(), SchemaRegistration.sampleEvent(type)))
                        .as(topic).isNotEmpty();
            }
        });
    }

    @Test
    void shouldGiveEveryEventArtifactItsOwnBackwardCompatibilityRule() throws Exception {
        SchemaRegistration.registerAll(config.registryUrl());
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String topic : Topics.ALL) {
            java.net.http.HttpResponse<String> rule = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(config.registryUrl() + "/groups/default/artifacts/" + topic
                            + "-value/rules/COMPATIBILITY")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(rule.statusCode()).as(topic).isEqualTo(200);
            assertThat(rule.body()).as(topic).contains("\"config\":\"BACKWARD\"");
        }
        // a second registration leaves the rules as they are
        assertThat(io.revcycle.messaging.kafka.ArtifactCompatibility.requireBackward(config.registryUrl(),
                Topics.ENCOUNTER_CODED + "-value")).isFalse();
    }

    @Test
    void shouldRefuseToSendASchemaTheRegistryDoesNotHoldInsteadOfRegisteringIt() {
        try (AvroKafkaSerializer<Object> serializer = new AvroKafkaSerializer<>()) {
            serializer.configure(clients.eventProducer(), false);
            // a topic no schema was registered for
            assertThatThrownBy(() -> serializer.serialize("revcycle.not-registered", new RecordHeaders(),
                    SchemaRegistration.sampleEvent(io.revcycle.events.ClaimAcknowledged.class)))
                    .isInstanceOf(RuntimeException.class);
        }
    }
}
