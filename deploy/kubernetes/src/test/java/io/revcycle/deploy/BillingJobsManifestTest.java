package io.revcycle.deploy;

import static io.revcycle.deploy.Manifests.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.batch.v1.CronJob;

/**
 * Patient billing's scheduled jobs as an operator applies them (the daily plan evaluation and statement run, the
 * weekly collections placement): each CronJob calls endpoints that exist and that
 * docs/security.md lets billing-manager call, as a realm client whose service account holds billing-manager, with the
 * client's secret from the Secret the realm import takes it from, on the addresses of the cluster's Keycloak and
 * patient-billing Service, and its pods may reach both.
 */
class BillingJobsManifestTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldRunTheStatementCycleDailyAsTheBillingJobsClient(String overlay) throws IOException {
        List<ObjectNode> objects = Manifests.render(overlay);
        CronJob daily = cronJob(objects, "patient-billing-daily-jobs");
        assertThat(daily.getSpec().getSchedule()).matches("\\d+ \\d+ \\* \\* \\*"); // once a day
        assertThat(daily.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
        assertThat(billingConfig(objects).path("REVCYCLE_BILLING_STATEMENTS_CYCLE_GROUPS").asInt()).isPositive();
        assertCallsAsTheBillingJobsClient(objects, "patient-billing-daily-jobs", "/payment-plans/evaluations",
                "/statement-runs");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldPlaceWithCollectionsWeeklyAfterThatDaysStatementRun(String overlay) throws IOException {
        List<ObjectNode> objects = Manifests.render(overlay);
        CronJob weekly = cronJob(objects, "patient-billing-weekly-collections");
        assertThat(weekly.getSpec().getSchedule()).matches("\\d+ \\d+ \\* \\* [0-6]"); // once a week
        assertThat(weekly.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
        assertThat(weekly.getSpec().getTimeZone()).isEqualTo(cronJob(objects, "patient-billing-daily-jobs")
                .getSpec().getTimeZone());
        // the placement counts the statements sent: it starts once the day's statement run can no longer be running
        assertThat(minuteOfDay(weekly)).isGreaterThanOrEqualTo(minuteOfDay(cronJob(objects,
                "patient-billing-daily-jobs")) + activeMinutes(objects, "patient-billing-daily-jobs"));
        assertCallsAsTheBillingJobsClient(objects, "patient-billing-weekly-collections", "/collections/placement-runs");
    }

    private static CronJob cronJob(List<ObjectNode> objects, String name) throws IOException {
        ObjectNode cronJob = named(objects, "CronJob", name);
        assertThat(cronJob).as("CronJob " + name).isNotNull();
        return Manifests.JSON.treeToValue(cronJob, CronJob.class);
    }

    private static long minuteOfDay(CronJob job) {
        String[] fields = job.getSpec().getSchedule().split(" ");
        return Integer.parseInt(fields[1]) * 60 + Integer.parseInt(fields[0]);
    }

    private static long activeMinutes(List<ObjectNode> objects, String name) throws IOException {
        Long seconds = cronJob(objects, name).getSpec().getJobTemplate().getSpec().getActiveDeadlineSeconds();
        assertThat(seconds).as(name + " activeDeadlineSeconds").isNotNull();
        return (seconds + 59) / 60;
    }

    private static JsonNode billingConfig(List<ObjectNode> objects) {
        return named(objects, "ConfigMap", "patient-billing-service-config").path("data");
    }

    /**
     * The job's one container posts exactly these paths, each granted to billing-manager by docs/security.md, with a
     * token of a realm client holding billing-manager, and its pods may reach Keycloak and the service only.
     */
    private static void assertCallsAsTheBillingJobsClient(List<ObjectNode> objects, String name, String... expected)
            throws IOException {
        ObjectNode cronJob = named(objects, "CronJob", name);
        JsonNode container = ManifestCrossReferenceTest.podSpec(cronJob).path("containers").get(0);
        List<String> command = new ArrayList<>();
        container.path("command").forEach(c -> command.add(c.asText()));
        List<String> paths = command.subList(command.indexOf("/etc/revcycle/jobs/run.sh") + 1, command.size());
        assertThat(paths).containsExactly(expected);
        String matrix = Files.readString(Manifests.root().resolve("docs/security.md"));
        for (String path : paths) {
            assertThat(matrix).as("security matrix row of POST " + path)
                    .containsPattern("\\| patient-billing-service \\| POST \\| `" + path + "` \\|[^\\n]*billing-manager");
        }

        Map<String, String> config = new TreeMap<>();
        named(objects, "ConfigMap", "patient-billing-jobs").path("data").fields()
                .forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        JsonNode billingConfig = billingConfig(objects);
        assertThat(config.get("TOKEN_URL")).isEqualTo(billingConfig.path("REVCYCLE_OIDC_URL").asText()
                + "/protocol/openid-connect/token");
        assertThat(config.get("BILLING_URL")).isEqualTo("http://" + Manifests.name(named(objects, "Service",
                "patient-billing-service")));
        assertThat(config.get("run.sh")).contains("grant_type=client_credentials", "$CLIENT_SECRET", "$BILLING_URL");

        // the client: a service account with billing-manager, its secret from the Secret the CronJob reads
        JsonNode realmImport = named(objects, "KeycloakRealmImport", "revcycle-realm").path("spec");
        String clientId = config.get("CLIENT_ID");
        JsonNode client = null;
        for (JsonNode c : realmImport.path("realm").path("clients")) {
            client = clientId.equals(c.path("clientId").asText()) ? c : client;
        }
        assertThat(client).as("realm client " + clientId).isNotNull();
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.toString()).contains("\"included.client.audience\":\"patient-billing-service\"");
        assertThat(realmImport.path("realm").path("users")).anySatisfy(user -> {
            assertThat(user.path("serviceAccountClientId").asText()).isEqualTo(clientId);
            assertThat(user.path("realmRoles").toString()).isEqualTo("[\"billing-manager\"]");
        });
        String placeholder = client.path("secret").asText().replaceAll("^\\$\\{(.*)}$", "$1");
        JsonNode secretRef = null;
        for (JsonNode env : container.path("env")) {
            if ("CLIENT_SECRET".equals(env.path("name").asText())) {
                secretRef = env.path("valueFrom").path("secretKeyRef");
            }
        }
        assertThat(secretRef).isNotNull();
        assertThat(realmImport.path("placeholders").path(placeholder).path("secret")).isEqualTo(secretRef);

        // its pods reach Keycloak's 8443 and patient-billing-service's container port, nothing else but DNS
        JsonNode policy = named(objects, "NetworkPolicy", "patient-billing-jobs").path("spec");
        JsonNode podLabels = cronJob.path("spec").path("jobTemplate").path("spec").path("template").path("metadata")
                .path("labels");
        policy.path("podSelector").path("matchLabels").fields().forEachRemaining(
                e -> assertThat(podLabels.path(e.getKey())).as("pod label " + e.getKey()).isEqualTo(e.getValue()));
        int billingPort = named(objects, "Deployment", "patient-billing-service").path("spec").path("template")
                .path("spec").path("containers").get(0).path("ports").get(0).path("containerPort").asInt();
        assertThat(policy.path("egress").toString()).contains("\"app.kubernetes.io/instance\":\"revcycle-keycloak\"",
                "\"port\":8443", "\"app.kubernetes.io/name\":\"patient-billing-service\"", "\"port\":" + billingPort);
        assertThat(policy.path("egress")).hasSize(3);
    }
}
