package io.revcycle.messaging;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of the shared outbox relay, consumers and topic provisioning. */
@ConfigMapping(prefix = "revcycle.messaging")
public interface MessagingConfig {

    /** Names consumer groups and inbox rows: one name per service, shared by its replicas. */
    String serviceName();

    String bootstrapServers();

    String registryUrl();

    @WithDefault("true")
    boolean enabled();

    Outbox outbox();

    Consumer consumer();

    Inbox inbox();

    Topics topics();

    Schemas schemas();

    interface Schemas {
        /**
         * Register every common-events schema when the outbox relay starts (idempotent; retried until the registry
         * answers). Off where schemas are registered ahead of the services (a deployment Job, see
         * {@link io.revcycle.messaging.kafka.SchemaRegistration}). Producers never auto-register either way.
         */
        @WithDefault("true")
        boolean registerOnStart();
    }

    interface Outbox {
        @WithDefault("500")
        int batchSize();

        @WithDefault("200ms")
        Duration idlePoll();

        @WithDefault("P7D")
        Duration retention();
    }

    interface Inbox {
        /**
         * How long a processed event id is remembered. Longer than any redelivery or replay: dead-letter topics keep
         * records for {@code topics.dead-letter-retention} (14 days), so a replayed event is always recognised.
         */
        @WithDefault("P30D")
        Duration retention();
    }

    interface Consumer {
        @WithDefault("500")
        int maxPollRecords();

        @WithDefault("200ms")
        Duration pollTimeout();

        /**
         * Transaction timeout of one poll batch. The 60 s default aborted 500-record batches of claims-service under
         * load (issue 12's bench), which were then redone one record at a time.
         */
        @WithDefault("5m")
        Duration batchTimeout();

        /** Attempts per record, once its batch failed, before it goes to the dead-letter topic. */
        @WithDefault("3")
        int attempts();

        @WithDefault("1s")
        Duration infrastructureBackoff();

        /** How long an offset commit may wait for the broker before the consumer is recreated (the records come again). */
        @WithDefault("60s")
        Duration commitTimeout();

        /**
         * Liveness fails when a consumer made no progress (no empty poll, no committed batch) for this long: longer
         * than any outage the platform should ride out without a restart.
         */
        @WithDefault("10m")
        Duration livenessStall();

        /**
         * How long the broker waits for a silent consumer before giving its partitions to the group's others; empty
         * keeps Kafka's 45 s. Shorter means a crashed replica's partitions resume sooner, at the cost of rebalances
         * on a long GC pause. The local stack sets 10 s (its chaos run SIGKILLs every service).
         */
        Optional<Duration> sessionTimeout();
    }

    interface Topics {
        @WithDefault("3")
        int partitions();

        @WithDefault("1")
        short replicationFactor();

        @WithDefault("true")
        boolean provision();

        /** Dead letters are kept this long for listing and replay; shorter than the inbox retention. */
        @WithDefault("P14D")
        Duration deadLetterRetention();
    }

    /** How every Kafka client (producers, consumers, admin) reaches a secured cluster; plaintext when unset. */
    @WithName("kafka")
    KafkaSecurity kafkaSecurity();

    /** How the serdes reach a secured registry; plain HTTP, anonymous when unset. */
    @WithName("registry")
    RegistrySecurity registrySecurity();

    /**
     * TLS and SASL settings passed to the Kafka clients unchanged (their Kafka names are given). Typed so each can
     * come from an environment variable, e.g. REVCYCLE_MESSAGING_KAFKA_SECURITY_PROTOCOL=SSL.
     */
    interface KafkaSecurity {
        /** security.protocol: PLAINTEXT, SSL (Strimzi mTLS listener), SASL_PLAINTEXT or SASL_SSL. */
        Optional<String> securityProtocol();

        /** ssl.truststore.location, e.g. the Strimzi cluster CA's ca.p12. */
        Optional<String> sslTruststoreLocation();

        Optional<String> sslTruststoreType();

        Optional<String> sslTruststorePassword();

        /** ssl.keystore.location: the client certificate for mTLS, e.g. the Strimzi KafkaUser's user.p12. */
        Optional<String> sslKeystoreLocation();

        Optional<String> sslKeystoreType();

        Optional<String> sslKeystorePassword();

        /** sasl.mechanism, e.g. SCRAM-SHA-512. */
        Optional<String> saslMechanism();

        /** sasl.jaas.config (a secret: give it through the environment). */
        Optional<String> saslJaasConfig();

        /** Any other client property, by its Kafka name, e.g. revcycle.messaging.kafka.properties."client.rack"=a. */
        Map<String, String> properties();
    }

    /** Apicurio serde client settings (apicurio.registry.tls.*, apicurio.registry.auth.*). */
    interface RegistrySecurity {
        Optional<String> tlsTruststoreLocation();

        Optional<String> tlsTruststoreType();

        Optional<String> tlsTruststorePassword();

        /** OAuth2 client credentials for a registry behind an IdP (issue 14 brings the IdP). */
        Optional<String> authTokenEndpoint();

        Optional<String> authClientId();

        Optional<String> authClientSecret();
    }
}
