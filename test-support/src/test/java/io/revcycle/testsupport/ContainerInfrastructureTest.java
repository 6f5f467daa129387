package io.revcycle.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** Runs only where a Docker engine is reachable (never on this project's Docker-less machines). */
@EnabledIf("io.revcycle.testsupport.DockerProbe#isDockerAvailable")
class ContainerInfrastructureTest {

    @Test
    void shouldStartKafkaPostgresAndTheRegistryAsContainers() throws Exception {
        try (ContainerInfrastructure infra = ContainerInfrastructure.start()) {
            infra.postgres().createDatabase("containers_check");
            try (Connection c = DriverManager.getConnection(infra.postgres().jdbcUrl("containers_check"),
                    infra.postgres().user(), infra.postgres().password());
                    Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show max_connections")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("300");
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    infra.bootstrapServers()))) {
                assertThat(admin.describeCluster().nodes().get()).hasSize(1);
            }
            HttpResponse<String> info = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(infra.registryUrl() + "/system/info")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(infra.registryUrl()).endsWith("/apis/registry/v2");
        }
    }
}
