package io.revcycle.messaging.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.revcycle.messaging.MessagingConfig;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The TLS/SASL settings a Deployment gives as environment variables reach every Kafka client and the serdes. */
class KafkaClientSecurityTest {

    private static final Map<String, String> REQUIRED = Map.of("revcycle.messaging.service-name", "claims-service",
            "revcycle.messaging.bootstrap-servers", "revcycle-kafka-bootstrap:9093",
            "revcycle.messaging.registry-url", "https://registry:8443/apis/registry/v3");

    @Test
    void shouldPassStrimziMutualTlsFromTheEnvironmentToEveryKafkaClient() {
        KafkaClientFactory clients = factory(Map.of("REVCYCLE_MESSAGING_KAFKA_SECURITY_PROTOCOL", "SSL",
                "REVCYCLE_MESSAGING_KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/revcycle/kafka-ca/ca.p12",
                "REVCYCLE_MESSAGING_KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12",
                "REVCYCLE_MESSAGING_KAFKA_SSL_TRUSTSTORE_PASSWORD", "ca-secret",
                "REVCYCLE_MESSAGING_KAFKA_SSL_KEYSTORE_LOCATION", "/etc/revcycle/kafka-user/user.p12",
                "REVCYCLE_MESSAGING_KAFKA_SSL_KEYSTORE_TYPE", "PKCS12",
                "REVCYCLE_MESSAGING_KAFKA_SSL_KEYSTORE_PASSWORD", "user-secret"));

        for (Map<String, Object> client : List.of(clients.eventProducer(), clients.deadLetterProducer(),
                clients.consumer("claims-service.revcycle.claim.adjudicated"), clients.admin())) {
            assertThat(client).containsEntry("security.protocol", "SSL")
                    .containsEntry("ssl.truststore.location", "/etc/revcycle/kafka-ca/ca.p12")
                    .containsEntry("ssl.truststore.type", "PKCS12")
                    .containsEntry("ssl.truststore.password", "ca-secret")
                    .containsEntry("ssl.keystore.location", "/etc/revcycle/kafka-user/user.p12")
                    .containsEntry("ssl.keystore.type", "PKCS12")
                    .containsEntry("ssl.keystore.password", "user-secret")
                    .containsEntry("bootstrap.servers", "revcycle-kafka-bootstrap:9093");
        }
        // Kafka's own definitions accept them (a misspelt key or a bad value would fail here)
        assertThat(new ProducerConfig(clients.eventProducer()).getString("security.protocol")).isEqualTo("SSL");
        assertThat(new ConsumerConfig(clients.consumer("g")).getPassword("ssl.keystore.password").value())
                .isEqualTo("user-secret");
        assertThat(new AdminClientConfig(clients.admin()).getString("ssl.truststore.type")).isEqualTo("PKCS12");
    }

    @Test
    void shouldPassSaslAndExtraClientPropertiesThrough() {
        KafkaClientFactory clients = factory(Map.of("REVCYCLE_MESSAGING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "REVCYCLE_MESSAGING_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "REVCYCLE_MESSAGING_KAFKA_SASL_JAAS_CONFIG",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"claims\" password=\"p\";"),
                Map.of("revcycle.messaging.kafka.properties.\"client.rack\"", "zone-a"));

        Map<String, Object> consumer = clients.consumer("g");
        assertThat(consumer).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512").containsEntry("client.rack", "zone-a");
        assertThat(new ConsumerConfig(consumer).getPassword("sasl.jaas.config").value()).contains("ScramLoginModule");
    }

    @Test
    void shouldPassRegistryTlsAndClientCredentialsToTheSerdes() {
        KafkaClientFactory clients = factory(Map.of("REVCYCLE_MESSAGING_REGISTRY_TLS_TRUSTSTORE_LOCATION",
                "/etc/revcycle/registry-ca/ca.p12", "REVCYCLE_MESSAGING_REGISTRY_TLS_TRUSTSTORE_TYPE", "PKCS12",
                "REVCYCLE_MESSAGING_REGISTRY_TLS_TRUSTSTORE_PASSWORD", "x",
                "REVCYCLE_MESSAGING_REGISTRY_AUTH_TOKEN_ENDPOINT", "https://idp/realms/revcycle/protocol/openid-connect/token",
                "REVCYCLE_MESSAGING_REGISTRY_AUTH_CLIENT_ID", "claims-service",
                "REVCYCLE_MESSAGING_REGISTRY_AUTH_CLIENT_SECRET", "s"));

        for (Map<String, Object> serde : List.of(clients.eventProducer(), clients.eventDeserializer())) {
            assertThat(serde).containsEntry("apicurio.registry.url", "https://registry:8443/apis/registry/v3")
                    .containsEntry("apicurio.registry.tls.truststore.location", "/etc/revcycle/registry-ca/ca.p12")
                    .containsEntry("apicurio.registry.tls.truststore.type", "PKCS12")
                    .containsEntry("apicurio.registry.tls.truststore.password", "x")
                    .containsEntry("apicurio.registry.auth.service.token.endpoint",
                            "https://idp/realms/revcycle/protocol/openid-connect/token")
                    .containsEntry("apicurio.registry.auth.client.id", "claims-service")
                    .containsEntry("apicurio.registry.auth.client.secret", "s");
        }
        assertThat(clients.admin()).doesNotContainKey("security.protocol");
    }

    @Test
    void shouldStayPlaintextWhenNothingIsSet() {
        Map<String, Object> producer = factory(Map.of()).eventProducer();
        assertThat(producer.keySet()).noneMatch(k -> k.startsWith("ssl.") || k.startsWith("sasl.")
                || k.equals("security.protocol") || k.startsWith("apicurio.registry.tls")
                || k.startsWith("apicurio.registry.auth"));
    }

    private static KafkaClientFactory factory(Map<String, String> env) {
        return factory(env, Map.of());
    }

    private static KafkaClientFactory factory(Map<String, String> env, Map<String, String> properties) {
        Map<String, String> all = new java.util.HashMap<>(REQUIRED);
        all.putAll(properties);
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(MessagingConfig.class)
                .withConverter(java.time.Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(all, "test", 100), new EnvConfigSource(env, 300)).build();
        return new KafkaClientFactory(config.getConfigMapping(MessagingConfig.class));
    }
}
