package io.revcycle.deploy;

import static io.revcycle.deploy.Manifests.name;
import static io.revcycle.deploy.Manifests.named;
import static io.revcycle.deploy.Manifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The cluster's Keycloak against the local stack's realm and the services: the same roles and clients as
 * deploy/keycloak's realm (what the tests prove the code enforces), no demo people, and every service pointed at it
 * and allowed to reach it.
 */
class IdentityProviderManifestTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    @Test
    void shouldImportTheLocalRealmsRolesAndClientsWithoutItsDemoUsers() throws IOException {
        JsonNode local = Manifests.JSON.readTree(Manifests.root().resolve("deploy/keycloak/realm/revcycle-realm.json")
                .toFile());
        JsonNode imported = named(Manifests.render("prod"), "KeycloakRealmImport", "revcycle-realm").path("spec")
                .path("realm");

        assertThat(imported.path("realm").asText()).isEqualTo(local.path("realm").asText());
        assertThat(imported.path("roles")).isEqualTo(local.path("roles"));
        // the same clients but for the secrets and the console's public URIs (the local stack's are loopback ones)
        assertThat(withoutSecrets(imported.path("clients"))).isEqualTo(withoutSecrets(local.path("clients")));
        assertThat(imported.path("sslRequired").asText()).isEqualTo("all");
        assertThat(imported.path("bruteForceProtected").asBoolean()).isTrue();
        // people come from the health system's directory; only the integration client's service account is imported
        for (JsonNode user : imported.path("users")) {
            assertThat(user.path("serviceAccountClientId").asText()).as(user.path("username").asText()).isNotEmpty();
            assertThat(user.has("credentials")).isFalse();
        }
        assertThat(imported.toString()).doesNotContain("-demo").doesNotContain("local-integration-secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"revcycle-integration", "revcycle-billing-jobs", CONSOLE})
    void shouldTakeEachConfidentialClientsSecretFromASecretNotTheManifest(String clientId) {
        ObjectNode realmImport = named(Manifests.render("prod"), "KeycloakRealmImport", "revcycle-realm");
        JsonNode confidential = client(realmImport.path("spec").path("realm"), clientId);
        String secret = confidential.path("secret").asText();
        assertThat(secret).matches("\\$\\{[A-Z_]+}");
        String placeholder = secret.substring(2, secret.length() - 1);
        assertThat(realmImport.path("spec").path("placeholders").path(placeholder).path("secret").path("name")
                .asText()).isNotEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldSendConsoleLoginsBackOnlyToTheConsolesPublicHostnameWithTheSecretTheRealmHolds(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        ObjectNode realmImport = ofKind(objects, "KeycloakRealmImport").get(0);
        JsonNode console = client(realmImport.path("spec").path("realm"), CONSOLE);
        JsonNode ingress = named(objects, "Ingress", "console");
        String host = ingress.path("spec").path("rules").get(0).path("host").asText();
        assertThat(ingress.path("spec").path("tls").get(0).path("hosts").toString()).contains("\"" + host + "\"");
        assertThat(console.path("redirectUris").toString()).isEqualTo("[\"https://" + host + "/*\"]");
        assertThat(console.path("webOrigins").toString()).isEqualTo("[\"https://" + host + "\"]");
        assertThat(console.path("attributes").path("post.logout.redirect.uris").asText())
                .isEqualTo("https://" + host + "/*");

        // the console's pods log in with the client secret the realm import reads
        String placeholder = console.path("secret").asText().replaceAll("^\\$\\{|}$", "");
        JsonNode fromSecret = realmImport.path("spec").path("placeholders").path(placeholder).path("secret");
        JsonNode env = named(objects, "Deployment", "console").path("spec").path("template").path("spec")
                .path("containers").get(0).path("env");
        assertThat(env).anySatisfy(e -> {
            assertThat(e.path("name").asText()).isEqualTo("REVCYCLE_CONSOLE_SECRET");
            assertThat(e.path("valueFrom").path("secretKeyRef")).isEqualTo(fromSecret);
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldPointEveryServiceAtTheClustersKeycloakOverTlsAndLetItThrough(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        JsonNode keycloak = ofKind(objects, "Keycloak").get(0);
        JsonNode realmImport = ofKind(objects, "KeycloakRealmImport").get(0);
        assertThat(realmImport.path("spec").path("keycloakCRName").asText()).isEqualTo(name(keycloak));
        String realmUrl = "https://" + name(keycloak) + "-service:8443/realms/"
                + realmImport.path("spec").path("realm").path("realm").asText();
        String tlsSecret = keycloak.path("spec").path("http").path("tlsSecret").asText();

        List<String> problems = new ArrayList<>();
        for (JsonNode deployment : ofKind(objects, "Deployment")) {
            String service = name(deployment);
            JsonNode config = named(objects, "ConfigMap", service + "-config").path("data");
            if (!realmUrl.equals(config.path("REVCYCLE_OIDC_URL").asText())) {
                problems.add(service + ": REVCYCLE_OIDC_URL " + config.path("REVCYCLE_OIDC_URL"));
            }
            String caFile = config.path("QUARKUS_TLS_OIDC_TRUST_STORE_PEM_CERTS").asText();
            if (!mountsSecretAt(deployment, tlsSecret, caFile)) {
                problems.add(service + ": trusts " + caFile + ", not a mount of " + tlsSecret + " ca.crt");
            }
            if (!egressReaches(named(objects, "NetworkPolicy", service), keycloakPodLabels(keycloak), 8443)) {
                problems.add(service + ": NetworkPolicy lets no traffic out to Keycloak's 8443");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(named(objects, "NetworkPolicy", name(keycloak))).isNotNull();
    }

    /** The labels the Keycloak Operator gives the pods of a Keycloak CR. */
    private static Set<String> keycloakPodLabels(JsonNode keycloak) {
        return Set.of("app=keycloak", "app.kubernetes.io/instance=" + name(keycloak));
    }

    private static boolean egressReaches(JsonNode policy, Set<String> podLabels, int port) {
        if (policy == null) {
            return false;
        }
        for (JsonNode rule : policy.path("spec").path("egress")) {
            boolean toPods = false;
            for (JsonNode to : rule.path("to")) {
                Set<String> labels = new TreeSet<>();
                to.path("podSelector").path("matchLabels").fields()
                        .forEachRemaining(e -> labels.add(e.getKey() + "=" + e.getValue().asText()));
                toPods |= !labels.isEmpty() && podLabels.containsAll(labels);
            }
            boolean onPort = false;
            for (JsonNode p : rule.path("ports")) {
                onPort |= p.path("port").asInt() == port;
            }
            if (toPods && onPort) {
                return true;
            }
        }
        return false;
    }

    private static boolean mountsSecretAt(JsonNode deployment, String secret, String file) {
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        for (JsonNode volume : pod.path("volumes")) {
            if (!secret.equals(volume.path("secret").path("secretName").asText())) {
                continue;
            }
            for (JsonNode mount : pod.path("containers").get(0).path("volumeMounts")) {
                if (mount.path("name").asText().equals(volume.path("name").asText())) {
                    for (JsonNode item : volume.path("secret").path("items")) {
                        if (item.path("key").asText().equals("ca.crt")
                                && file.equals(mount.path("mountPath").asText() + "/" + item.path("path").asText())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (clientId.equals(c.path("clientId").asText())) {
                return c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static final String CONSOLE = "revcycle-console";

    /** The clients without their secrets, and the console's without the URIs that name where it is published. */
    private static JsonNode withoutSecrets(JsonNode clients) {
        com.fasterxml.jackson.databind.node.ArrayNode copy = Manifests.JSON.createArrayNode();
        for (JsonNode c : clients) {
            ObjectNode client = ((ObjectNode) c.deepCopy()).without("secret");
            if (CONSOLE.equals(client.path("clientId").asText())) {
                client.without(List.of("redirectUris", "webOrigins"));
                ((ObjectNode) client.path("attributes")).remove("post.logout.redirect.uris");
            }
            copy.add(client);
        }
        return copy;
    }
}
