package io.revcycle.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.revcycle.events.Topics;
import io.revcycle.testsupport.SharedInfrastructure;

/**
 * The application an image holds, started the way its pod starts it: {@code java -jar quarkus-run.jar} from the
 * packaged quarkus-app (the image's /deployments), the prod profile, configured only by the environment its
 * Deployment gives it (the rendered dev overlay's ConfigMap, with the cluster addresses swapped for the real local
 * Kafka, PostgreSQL and registry of test-support, and plaintext instead of mTLS). It must listen on 0.0.0.0, answer
 * every probe path of its Deployment, and create no topic.
 */
class ProdProfileStartTest {

    static final String SERVICE = "eligibility-service";
    private Process app;

    @Test
    void shouldStartWithTheProdProfileOnAllInterfacesFromItsDeploymentsEnvironment() throws Exception {
        JsonNode deployment = Manifests.named(Manifests.render("dev"), "Deployment", SERVICE);
        // with -Dimages: the application as the image tarball holds it; otherwise the packaged quarkus-app
        String imageTar = System.getProperty("revcycle.image.tar", "");
        Path quarkusApp = imageTar.isBlank() ? Manifests.root().resolve(SERVICE).resolve("target/quarkus-app")
                : ImageTarball.unpack(Path.of(imageTar), Manifests.home().resolve("target/image-" + SERVICE),
                        deployment.path("spec").path("template").path("spec").path("securityContext")
                                .path("runAsUser").asText());
        assertThat(quarkusApp.resolve("quarkus-run.jar")).as("package " + SERVICE + " first").exists();
        JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
        JsonNode configMap = Manifests.named(Manifests.render("dev"), "ConfigMap", SERVICE + "-config");

        SharedInfrastructure infra = SharedInfrastructure.get();
        infra.postgres().createDatabase("eligibility");
        // what the KafkaTopics declare for this service; the app must not create any other
        Set<String> declared = Set.of(Topics.ENCOUNTER_DOCUMENTED, Topics.deadLetterOf(Topics.ENCOUNTER_DOCUMENTED),
                Topics.ELIGIBILITY_VERIFIED);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = declared.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, 3, (short) 1)).toList();
            admin.createTopics(missing).all().get();
        }

        registerSchemasAsTheJobDoes(quarkusApp, infra.registryUrl());

        Map<String, String> env = new HashMap<>();
        configMap.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        assertThat(env).containsKeys("DB_URL", "KAFKA_BOOTSTRAP_SERVERS", "APICURIO_REGISTRY_URL");
        env.keySet().removeIf(k -> k.startsWith("REVCYCLE_MESSAGING_KAFKA_SSL_"));
        env.put("REVCYCLE_MESSAGING_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT"); // the local broker has no TLS listener
        // no cluster Keycloak (nor its CA file) here: readiness does not depend on the IdP, token checks are the
        // e2e tests' business
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_TLS_OIDC_") || k.startsWith("QUARKUS_OIDC_TLS_"));
        env.put("DB_URL", infra.postgres().jdbcUrl("eligibility"));
        env.put("DB_USER", infra.postgres().user());
        env.put("DB_PASSWORD", infra.postgres().password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers());
        env.put("APICURIO_REGISTRY_URL", infra.registryUrl());
        int port = freePort();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        // the ConfigMap's MLLP port (2576) on all interfaces could be taken by another run on this machine
        env.put("REVCYCLE_HL7_MLLP_PORT", String.valueOf(freePort()));

        Path log = Manifests.home().resolve("target/prod-start-" + SERVICE + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        command.addAll(List.of("-jar", quarkusApp.resolve("quarkus-run.jar").toString()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(quarkusApp.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("REVCYCLE_")
                || k.equals("JDK_JAVA_OPTIONS"));
        pb.environment().putAll(env);
        app = pb.start();

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String host = nonLoopbackAddress().orElse("127.0.0.1");
        String base = "http://" + host + ":" + port;
        await("ready at " + base + " (log " + log + ")").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    assertThat(app.isAlive()).as("running; log:\n" + tail(log)).isTrue();
                    assertThat(status(http, base + "/q/health/ready")).isEqualTo(200);
                });

        String output = Files.readString(log);
        assertThat(output).contains("Listening on: http://0.0.0.0:" + port).contains("Profile prod activated")
                .contains("Picked up JDK_JAVA_OPTIONS: " + env.get("JDK_JAVA_OPTIONS")); // the launcher reads it
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            String path = container.path(probe).path("httpGet").path("path").asText();
            assertThat(status(http, base + path)).as(probe + " " + path).isEqualTo(200);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers()))) {
            Set<String> topics = admin.listTopics().names().get();
            // the prod profile provisions nothing: topics it would have created are still absent
            assertThat(topics).doesNotContain(Topics.PAYER_REMITTANCE, Topics.deadLetterOf(Topics.PAYER_REMITTANCE));
        }
    }

    /**
     * The schema-registration Job's own command, run on the same application files (the image's /deployments) against
     * the local registry: every topic's artifact must be there afterwards, since the service (register-on-start off,
     * as its ConfigMap says) relies on it.
     */
    private static void registerSchemasAsTheJobDoes(Path quarkusApp, String registryUrl) throws Exception {
        JsonNode job = Manifests.named(Manifests.render("dev"), "Job", "schema-registration");
        List<String> command = new ArrayList<>();
        JsonNode declared = job.path("spec").path("template").path("spec").path("containers").get(0).path("command");
        for (int i = 0; i < declared.size(); i++) {
            String arg = declared.get(i).asText();
            if (i == 0) {
                arg = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            } else if (i == declared.size() - 1) {
                arg = registryUrl; // the cluster's registry Service, here the local one
            }
            command.add(arg.replace("/deployments", quarkusApp.toString()));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        HttpClient http = HttpClient.newHttpClient();
        for (String topic : Topics.ALL) {
            assertThat(out).contains("registered " + topic + "-value");
            assertThat(status(http, registryUrl + "/groups/default/artifacts/" + topic + "-value")).as(topic)
                    .isEqualTo(200);
        }
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static int status(HttpClient http, String url) throws IOException, InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.net.ConnectException | java.net.http.HttpTimeoutException e) {
            return -1; // not listening yet, or too busy starting to answer: asked again
        }
    }

    /** An address of this machine other than loopback: only a socket bound to 0.0.0.0 answers on it. */
    private static Optional<String> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return Optional.of(a.getHostAddress());
                }
            }
        }
        return Optional.empty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
