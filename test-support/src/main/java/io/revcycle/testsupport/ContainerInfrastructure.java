package io.revcycle.testsupport;

import java.time.Duration;
import java.util.List;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import io.revcycle.stack.PostgresServer;
import io.revcycle.stack.Settings;

/**
 * With a Docker engine: the same three servers as containers (images overridable with -D or env settings).
 * The registry is the same 2.4.2 in-memory server the embedded path runs, so the serdes use the same v2 API path.
 */
final class ContainerInfrastructure implements TestInfrastructure {

    static final String KAFKA_IMAGE = image("REVCYCLE_KAFKA_IMAGE", "apache/kafka:4.1.2");
    static final String POSTGRES_IMAGE = image("REVCYCLE_POSTGRES_IMAGE", "postgres:15-alpine");
    static final String REGISTRY_IMAGE = image("REVCYCLE_REGISTRY_IMAGE", "apicurio/apicurio-registry-mem:2.4.2.Final");
    private static final String REGISTRY_API = "/apis/registry/v2";

    private final KafkaContainer kafka;
    private final PostgreSQLContainer postgresContainer;
    private final GenericContainer<?> registry;
    private final PostgresServer postgres;

    private ContainerInfrastructure(KafkaContainer kafka, PostgreSQLContainer postgresContainer,
            GenericContainer<?> registry) {
        this.kafka = kafka;
        this.postgresContainer = postgresContainer;
        this.registry = registry;
        this.postgres = new ContainerPostgres(postgresContainer);
    }

    static ContainerInfrastructure start() {
        if (!DockerProbe.askTestcontainers(false)) { // asked even without hints: the mode was chosen on purpose
            throw new IllegalStateException(InfrastructureMode.SETTING + "=containers, but Testcontainers reaches "
                    + "no Docker engine (start one or set DOCKER_HOST), or use " + InfrastructureMode.SETTING
                    + "=embedded|auto");
        }
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE)
                .asCompatibleSubstituteFor("apache/kafka"))
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        PostgreSQLContainer postgres = new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE)
                .asCompatibleSubstituteFor("postgres"))
                .withDatabaseName("postgres").withUsername("postgres").withPassword("postgres");
        postgres.setCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c",
                "max_connections=300");
        GenericContainer<?> registry = new GenericContainer<>(DockerImageName.parse(REGISTRY_IMAGE))
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp(REGISTRY_API + "/system/info").forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(3)));
        try {
            Startables.deepStart(List.of(kafka, postgres, registry)).join();
        } catch (RuntimeException e) {
            List.of(kafka, postgres, registry).forEach(GenericContainer::stop);
            throw new IllegalStateException("cannot start the test containers", e);
        }
        return new ContainerInfrastructure(kafka, postgres, registry);
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String registryUrl() {
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(8080) + REGISTRY_API;
    }

    @Override
    public PostgresServer postgres() {
        return postgres;
    }

    @Override
    public String describe() {
        return "containers: kafka " + bootstrapServers() + " (" + KAFKA_IMAGE + "), postgres " + postgres.host() + ":"
                + postgres.port() + " (" + POSTGRES_IMAGE + "), registry " + registryUrl() + " (" + REGISTRY_IMAGE
                + ")";
    }

    @Override
    public void close() {
        registry.stop();
        kafka.stop();
        postgresContainer.stop();
    }

    private static String image(String setting, String fallback) {
        String configured = Settings.get(setting);
        return configured == null || configured.isBlank() ? fallback : configured;
    }

    /** The container behind the same facade the embedded servers have. */
    private record ContainerPostgres(PostgreSQLContainer container) implements PostgresServer {
        @Override
        public int port() {
            return container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
        }

        @Override
        public String host() {
            return container.getHost();
        }

        @Override
        public String kind() {
            return "container " + container.getDockerImageName();
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
