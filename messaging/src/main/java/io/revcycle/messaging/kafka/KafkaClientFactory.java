package io.revcycle.messaging.kafka;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.config.SerdeConfig;
import io.revcycle.messaging.MessagingConfig;

/** The one place Kafka client settings are decided: durable producers, manual-commit consumers, registry serde. */
@ApplicationScoped
public class KafkaClientFactory {

    /** Largest record a producer may send: a 16 MiB X12 file plus its event envelope (file topics allow it). */
    public static final int MAX_RECORD_BYTES = 17 * 1024 * 1024;

    private final MessagingConfig config;

    public KafkaClientFactory(MessagingConfig config) {
        this.config = config;
    }

    /**
     * acks=all + idempotence: per-partition order survives retries, a retry never duplicates. Schemas must be
     * registered first ({@link SchemaRegistration}).
     */
    public Map<String, Object> eventProducer() {
        Map<String, Object> p = base();
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroKafkaSerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-outbox");
        // schemas are registered once (SchemaRegistration) and found by content, then cached; auto-registration
        // would call the registry's createArtifact for every record whose schema has nested records
        p.put(SerdeConfig.AUTO_REGISTER_ARTIFACT, false);
        p.putAll(SchemaRegistration.SCHEMA_FORM);
        p.put(AvroSerdeConfig.AVRO_DATUM_PROVIDER, SchemaIdentityDatumProvider.class); // a Class: no loader lookup
        return p;
    }

    public Map<String, Object> deadLetterProducer() {
        Map<String, Object> p = base();
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-dlq");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES);
        return p;
    }

    /** Values stay bytes here so undecodable records can be dead-lettered untouched. */
    public Map<String, Object> consumer(String groupId) {
        Map<String, Object> p = base();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.consumer().maxPollRecords());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.consumer().sessionTimeout().ifPresent(t -> {
            p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) t.toMillis());
            // Kafka's rule of thumb: heartbeats at most a third of the session timeout
            p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) Math.min(3000, t.toMillis() / 3));
        });
        return p;
    }

    public Map<String, Object> eventDeserializer() {
        Map<String, Object> p = new HashMap<>();
        p.put(SerdeConfig.REGISTRY_URL, config.registryUrl());
        registrySecurity(p);
        p.put("apicurio.registry.use-specific-avro-reader", false); // AvroCodec maps to the generated classes
        p.put(AvroSerdeConfig.AVRO_DATUM_PROVIDER, SchemaIdentityDatumProvider.class); // a Class: no loader lookup
        return p;
    }

    /** Bootstrap servers and security only: the admin client, and the base of every other Kafka client. */
    public Map<String, Object> admin() {
        Map<String, Object> p = new HashMap<>();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        MessagingConfig.KafkaSecurity s = config.kafkaSecurity();
        s.securityProtocol().ifPresent(v -> p.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, v));
        s.sslTruststoreLocation().ifPresent(v -> p.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, v));
        s.sslTruststoreType().ifPresent(v -> p.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, v));
        s.sslTruststorePassword().ifPresent(v -> p.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, v));
        s.sslKeystoreLocation().ifPresent(v -> p.put(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, v));
        s.sslKeystoreType().ifPresent(v -> p.put(SslConfigs.SSL_KEYSTORE_TYPE_CONFIG, v));
        s.sslKeystorePassword().ifPresent(v -> p.put(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, v));
        s.saslMechanism().ifPresent(v -> p.put(SaslConfigs.SASL_MECHANISM, v));
        s.saslJaasConfig().ifPresent(v -> p.put(SaslConfigs.SASL_JAAS_CONFIG, v));
        p.putAll(s.properties());
        return p;
    }

    private void registrySecurity(Map<String, Object> p) {
        MessagingConfig.RegistrySecurity s = config.registrySecurity();
        s.tlsTruststoreLocation().ifPresent(v -> p.put(SerdeConfig.TLS_TRUSTSTORE_LOCATION, v));
        s.tlsTruststoreType().ifPresent(v -> p.put(SerdeConfig.TLS_TRUSTSTORE_TYPE, v));
        s.tlsTruststorePassword().ifPresent(v -> p.put(SerdeConfig.TLS_TRUSTSTORE_PASSWORD, v));
        s.authTokenEndpoint().ifPresent(v -> p.put(SerdeConfig.AUTH_TOKEN_ENDPOINT, v));
        s.authClientId().ifPresent(v -> p.put(SerdeConfig.AUTH_CLIENT_ID, v));
        s.authClientSecret().ifPresent(v -> p.put(SerdeConfig.AUTH_CLIENT_SECRET, v));
    }

    /** Serde instances, not class names: Kafka would load those through whatever context class loader is current. */
    public KafkaProducer<String, Object> newEventProducer() {
        AvroKafkaSerializer<Object> serializer = new AvroKafkaSerializer<>();
        serializer.configure(eventProducer(), false);
        return new KafkaProducer<>(eventProducer(), new StringSerializer(), serializer);
    }

    public AvroKafkaDeserializer<Object> newEventDeserializer() {
        AvroKafkaDeserializer<Object> d = new AvroKafkaDeserializer<>();
        d.configure(eventDeserializer(), false);
        return d;
    }

    private Map<String, Object> base() {
        Map<String, Object> p = admin();
        p.put(SerdeConfig.REGISTRY_URL, config.registryUrl());
        registrySecurity(p);
        return p;
    }
}
