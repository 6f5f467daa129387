package io.revcycle.messaging.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.runtime.configuration.DurationConverter;
import io.revcycle.messaging.MessagingConfig;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * A real KRaft broker with a TLS listener that requires client certificates (as Strimzi's mTLS listener),
 * and the clients of {@link KafkaClientFactory} configured only through the environment variables a Deployment sets,
 * with PKCS12 stores made by keytool from one CA: they create a topic, produce and consume; without a client
 * certificate the broker refuses them.
 */
class KafkaMutualTlsTest {

    private static final String PASSWORD = "changeit-" + System.nanoTime();

    @TempDir
    static Path dir;
    private static KafkaClusterTestKit cluster;
    private static int tlsPort;

    @BeforeAll
    static void startTlsBroker() throws Exception {
        keytool("-genkeypair", "-alias", "ca", "-dname", "CN=revcycle-test-ca", "-ext", "bc:c", "-keystore", "ca.p12");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-file", "ca.crt");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", "ca.crt", "-keystore", "truststore.p12");
        signed("broker", "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
        signed("user", "CN=claims-service", null);

        Map<String, String> tls = Map.of("ssl.keystore.location", dir.resolve("broker.p12").toString(),
                "ssl.keystore.password", PASSWORD, "ssl.keystore.type", "PKCS12",
                "ssl.truststore.location", dir.resolve("truststore.p12").toString(),
                "ssl.truststore.password", PASSWORD, "ssl.truststore.type", "PKCS12", "ssl.client.auth", "required");
        // the test kit only runs plaintext listeners itself: a third listener, TLS, is added beside them
        tlsPort = freePort();
        KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                .setBootstrapMetadataVersion(MetadataVersion.latestProduction()).build())
                .setConfigProp("listener.security.protocol.map", "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,TLS:SSL")
                .setConfigProp("listeners", "EXTERNAL://localhost:0,CONTROLLER://localhost:0,TLS://localhost:"
                        + tlsPort)
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0");
        tls.forEach(builder::setConfigProp);
        cluster = builder.build();
        cluster.format();
        cluster.startup();
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void shouldCreateProduceAndConsumeOverMutualTlsWithTheDeploymentsEnvironment() throws Exception {
        KafkaClientFactory clients = clients(true);
        try (Admin admin = Admin.create(clients.admin())) {
            admin.createTopics(List.of(new NewTopic("revcycle.tls-check", 1, (short) 1))).all().get(60,
                    TimeUnit.SECONDS);
        }
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(clients.deadLetterProducer())) {
            producer.send(new ProducerRecord<>("revcycle.tls-check", "k".getBytes(StandardCharsets.UTF_8),
                    "over mTLS".getBytes(StandardCharsets.UTF_8))).get(60, TimeUnit.SECONDS);
        }
        Map<String, Object> consumerConfig = new HashMap<>(clients.consumer("claims-service.revcycle.tls-check"));
        List<String> read = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("revcycle.tls-check"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (read.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    read.add(r.key() + "=" + new String(r.value(), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(read).containsExactly("k=over mTLS");
    }

    @Test
    void shouldBeRefusedWithoutAClientCertificate() {
        KafkaClientFactory clients = clients(false);
        Map<String, Object> config = new HashMap<>(clients.admin());
        config.put("request.timeout.ms", 5000);
        config.put("default.api.timeout.ms", 8000);
        try (Admin admin = Admin.create(config)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(20, TimeUnit.SECONDS))
                    .hasStackTraceContaining("SSL");
        }
    }

    private static KafkaClientFactory clients(boolean withCertificate) {
        Map<String, String> env = new HashMap<>(Map.of("REVCYCLE_MESSAGING_KAFKA_SECURITY_PROTOCOL", "SSL",
                "REVCYCLE_MESSAGING_KAFKA_SSL_TRUSTSTORE_LOCATION", dir.resolve("truststore.p12").toString(),
                "REVCYCLE_MESSAGING_KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12",
                "REVCYCLE_MESSAGING_KAFKA_SSL_TRUSTSTORE_PASSWORD", PASSWORD));
        if (withCertificate) {
            env.putAll(Map.of("REVCYCLE_MESSAGING_KAFKA_SSL_KEYSTORE_LOCATION", dir.resolve("user.p12").toString(),
                    "REVCYCLE_MESSAGING_KAFKA_SSL_KEYSTORE_TYPE", "PKCS12",
                    "REVCYCLE_MESSAGING_KAFKA_SSL_KEYSTORE_PASSWORD", PASSWORD));
        }
        Map<String, String> props = Map.of("revcycle.messaging.service-name", "claims-service",
                "revcycle.messaging.bootstrap-servers", "localhost:" + tlsPort,
                "revcycle.messaging.registry-url", "http://127.0.0.1:1/apis/registry/v2");
        MessagingConfig config = new SmallRyeConfigBuilder().withMapping(MessagingConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(props, "test", 100), new EnvConfigSource(env, 300)).build()
                .getConfigMapping(MessagingConfig.class);
        return new KafkaClientFactory(config);
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A key pair in {@code name}.p12 whose certificate the test CA signed, with the CA in its chain. */
    private static void signed(String name, String dname, String san) throws Exception {
        String store = name + ".p12";
        keytool("-genkeypair", "-alias", name, "-dname", dname, "-keystore", store);
        keytool("-certreq", "-alias", name, "-keystore", store, "-file", name + ".csr");
        List<String> sign = new ArrayList<>(List.of("-gencert", "-rfc", "-alias", "ca", "-keystore", "ca.p12",
                "-infile", name + ".csr", "-outfile", name + ".crt"));
        if (san != null) {
            sign.addAll(List.of("-ext", san));
        }
        keytool(sign.toArray(String[]::new));
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", "ca.crt", "-keystore", store);
        keytool("-importcert", "-alias", name, "-file", name + ".crt", "-keystore", store);
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString()));
        command.addAll(List.of(args));
        if (List.of(args).contains("-genkeypair")) {
            command.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2"));
        }
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", args) + ": " + out);
        }
    }
}
