package io.revcycle.deploy;

import static io.revcycle.deploy.Manifests.name;
import static io.revcycle.deploy.Manifests.named;
import static io.revcycle.deploy.Manifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.revcycle.events.Topics;

/** What the rendered overlays promise each other and the services' code. */
class ManifestCrossReferenceTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    static final List<String> SERVICES = List.of("coding-service", "eligibility-service", "claims-service",
            "remittance-service", "patient-billing-service", "revenue-insights");
    static final String TEST_ONLY = "payer-simulator";
    /** The departments' web application (console/): no database, no Kafka. */
    static final String CONSOLE = "console";

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldDeclareEveryTopicAndDeadLetterTopicReplicatedThreeTimes(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        Set<String> expected = new TreeSet<>();
        for (String t : Topics.ALL) {
            expected.add(t);
            expected.add(Topics.deadLetterOf(t));
        }
        Map<String, JsonNode> topics = new TreeMap<>();
        ofKind(objects, "KafkaTopic").forEach(t -> topics.put(t.path("spec").path("topicName").asText(name(t)), t));
        assertThat(topics.keySet()).isEqualTo(expected);
        for (JsonNode t : topics.values()) {
            JsonNode spec = t.path("spec");
            assertThat(spec.path("replicas").asInt()).as(name(t)).isEqualTo(3);
            assertThat(spec.path("config").path("min.insync.replicas").asText()).as(name(t)).isEqualTo("2");
            assertThat(spec.path("config").path("retention.ms").asLong()).as(name(t)).isPositive()
                    .isLessThan(java.time.Duration.ofDays(30).toMillis()); // below the inbox memory (30 days)
            assertThat(spec.path("partitions").asInt()).as(name(t)).isPositive();
            assertThat(t.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("revcycle");
        }
        for (String file : Topics.FILE_TOPICS) {
            for (String t : List.of(file, Topics.deadLetterOf(file))) {
                assertThat(topics.get(t).path("spec").path("config").path("max.message.bytes").asLong()).as(t)
                        .isGreaterThanOrEqualTo(17L * 1024 * 1024);
            }
        }
        JsonNode kafka = ofKind(objects, "Kafka").get(0).path("spec").path("kafka");
        assertThat(kafka.path("config").path("auto.create.topics.enable").asBoolean(true)).isFalse();
        assertThat(kafka.path("authorization").path("type").asText()).isEqualTo("simple");
        assertThat(kafka.path("listeners")).allSatisfy(l -> {
            assertThat(l.path("tls").asBoolean()).isTrue();
            assertThat(l.path("authentication").path("type").asText()).isEqualTo("tls");
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldGiveEachServiceExactlyTheAclsItsCodeNeeds(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        Set<String> declared = new HashSet<>();
        ofKind(objects, "KafkaTopic").forEach(t -> declared.add(name(t)));
        for (String service : services(overlay)) {
            ServiceCode code = ServiceCode.of(service);
            assertThat(code.consumes()).as(service + " consumes something").isNotEmpty();
            Set<String> named = new TreeSet<>(code.consumes());
            named.addAll(code.publishes());
            assertThat(declared).as("KafkaTopics for what " + service + " names").containsAll(named);

            JsonNode user = named(objects, "KafkaUser", service);
            assertThat(user).as("KafkaUser " + service).isNotNull();
            assertThat(user.path("spec").path("authentication").path("type").asText()).isEqualTo("tls");
            assertThat(acls(user)).as("ACLs of " + service).isEqualTo(code.expectedAcls());
        }
        // nobody else may read or write anything: the only other user describes (KEDA's lag reader)
        for (JsonNode user : ofKind(objects, "KafkaUser")) {
            if (!services(overlay).contains(name(user))) {
                assertThat(acls(user).values()).as(name(user)).allSatisfy(ops -> assertThat(ops)
                        .containsOnly("Describe"));
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldReferenceOnlyConfigMapsAndSecretsThatExist(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        Map<String, Set<String>> secrets = secretsWithKeys(objects);
        Set<String> configMaps = new HashSet<>();
        ofKind(objects, "ConfigMap").forEach(c -> configMaps.add(name(c)));
        List<String> missing = new ArrayList<>();
        for (JsonNode d : workloads(objects)) {
            JsonNode pod = podSpec(d);
            for (JsonNode c : pod.path("containers")) {
                for (JsonNode from : c.path("envFrom")) {
                    check(configMaps, from.path("configMapRef").path("name"), name(d), missing);
                }
                for (JsonNode env : c.path("env")) {
                    JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                    if (!ref.isMissingNode()) {
                        checkKey(secrets, ref.path("name").asText(), ref.path("key").asText(), name(d), missing);
                    }
                }
            }
            for (JsonNode v : pod.path("volumes")) {
                JsonNode secret = v.path("secret");
                for (JsonNode item : secret.path("items")) {
                    checkKey(secrets, secret.path("secretName").asText(), item.path("key").asText(), name(d), missing);
                }
            }
        }
        for (JsonNode auth : ofKind(objects, "TriggerAuthentication")) {
            for (JsonNode ref : auth.path("spec").path("secretTargetRef")) {
                checkKey(secrets, ref.path("name").asText(), ref.path("key").asText(), name(auth), missing);
            }
        }
        for (JsonNode registry : ofKind(objects, "ApicurioRegistry3")) {
            JsonNode password = registry.path("spec").path("app").path("storage").path("sql").path("dataSource")
                    .path("password");
            checkKey(secrets, password.path("name").asText(), password.path("key").asText(), name(registry), missing);
        }
        for (JsonNode keycloak : ofKind(objects, "Keycloak")) {
            JsonNode db = keycloak.path("spec").path("db");
            for (String field : List.of("usernameSecret", "passwordSecret")) {
                checkKey(secrets, db.path(field).path("name").asText(), db.path(field).path("key").asText(),
                        name(keycloak), missing);
            }
        }
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldWireEveryDeploymentToItsServiceProbesDatabaseAndScaler(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        Set<String> deployments = new TreeSet<>();
        ofKind(objects, "Deployment").forEach(d -> deployments.add(name(d)));
        List<String> expected = new ArrayList<>(services(overlay));
        expected.add(CONSOLE);
        assertThat(deployments).containsExactlyInAnyOrderElementsOf(expected);

        for (String service : services(overlay)) {
            JsonNode d = named(objects, "Deployment", service);
            checkPodServedAndConfined(objects, service);
            assertThat(labels(named(objects, "Service", service).path("metadata").path("labels")))
                    .as("ServiceMonitor " + service).containsAllEntriesOf(labels(named(objects, "ServiceMonitor",
                            service).path("spec").path("selector").path("matchLabels")));
            JsonNode container = d.path("spec").path("template").path("spec").path("containers").get(0);
            // its own database: the JDBC URL names the CloudNativePG cluster's rw Service and database
            JsonNode config = named(objects, "ConfigMap", service + "-config").path("data");
            String url = config.path("DB_URL").asText();
            String cluster = url.replaceFirst("jdbc:postgresql://", "").replaceFirst("-rw:5432/.*", "");
            JsonNode db = named(objects, "Cluster", cluster);
            assertThat(db).as("database cluster of " + service).isNotNull();
            assertThat(url).endsWith("/" + db.path("spec").path("bootstrap").path("initdb").path("database")
                    .asText());
            assertThat(container.path("env").toString()).contains("\"" + cluster + "-app\"");
            assertThat(config.path("REVCYCLE_MESSAGING_KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SSL");
            assertThat(named(objects, "NetworkPolicy", service).toString()).contains("\"cnpg.io/cluster\":\""
                    + cluster + "\"");

            // scaling on the lag of each of its consumer groups, never past the partitions
            JsonNode scaler = named(objects, "ScaledObject", service);
            if (service.equals(TEST_ONLY)) {
                assertThat(scaler).isNull();
                continue;
            }
            assertThat(scaler.path("spec").path("scaleTargetRef").path("name").asText()).isEqualTo(service);
            assertThat(d.path("spec").has("replicas")).as(service + ": KEDA owns the replicas").isFalse();
            Set<String> triggered = new TreeSet<>();
            ServiceCode code = ServiceCode.of(service);
            for (JsonNode trigger : scaler.path("spec").path("triggers")) {
                String topic = trigger.path("metadata").path("topic").asText();
                triggered.add(topic);
                assertThat(trigger.path("metadata").path("consumerGroup").asText()).as(service + " " + topic)
                        .isEqualTo(code.groups().get(topic));
                int partitions = named(objects, "KafkaTopic", topic).path("spec").path("partitions").asInt();
                assertThat(scaler.path("spec").path("maxReplicaCount").asInt()).isLessThanOrEqualTo(partitions);
            }
            assertThat(triggered).isEqualTo(code.consumes());
        }
    }

    /**
     * A Deployment's pods: selected by their Service, PodDisruptionBudget and NetworkPolicy, probed on SmallRye
     * Health's paths, non-root on a read-only root filesystem with a writable /tmp.
     */
    private static void checkPodServedAndConfined(List<ObjectNode> objects, String service) {
        JsonNode d = named(objects, "Deployment", service);
        JsonNode pod = d.path("spec").path("template");
        Map<String, String> podLabels = labels(pod.path("metadata").path("labels"));
        JsonNode container = pod.path("spec").path("containers").get(0);
        Set<String> ports = new HashSet<>();
        container.path("ports").forEach(p -> ports.add(p.path("name").asText()));

        // the Service selects these pods and targets a port they declare
        JsonNode svc = named(objects, "Service", service);
        assertThat(podLabels).as(service + " Service selector").containsAllEntriesOf(labels(svc.path("spec")
                .path("selector")));
        svc.path("spec").path("ports").forEach(p -> assertThat(ports).contains(p.path("targetPort").asText()));
        assertThat(labels(d.path("spec").path("selector").path("matchLabels"))).isEqualTo(
                labels(svc.path("spec").path("selector")));
        for (String kind : List.of("PodDisruptionBudget", "NetworkPolicy")) {
            JsonNode o = named(objects, kind, service);
            JsonNode selector = kind.equals("NetworkPolicy") ? o.path("spec").path("podSelector")
                    : o.path("spec").path("selector");
            assertThat(podLabels).as(kind + " " + service).containsAllEntriesOf(labels(selector.path(
                    "matchLabels")));
        }

        // probes: SmallRye Health's endpoints on the declared port (ImageStartTest calls them on the app)
        assertThat(container.path("startupProbe").path("httpGet").path("path").asText())
                .isEqualTo("/q/health/started");
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/q/health/ready");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/q/health/live");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(ports).contains(container.path(probe).path("httpGet").path("port").asText());
        }

        // non-root, read-only root filesystem with a writable /tmp
        assertThat(pod.path("spec").path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        String tmpVolume = null;
        for (JsonNode m : container.path("volumeMounts")) {
            if (m.path("mountPath").asText().equals("/tmp")) {
                tmpVolume = m.path("name").asText();
            }
        }
        assertThat(tmpVolume).as(service + " mounts /tmp").isNotNull();
        String tmp = tmpVolume;
        assertThat(pod.path("spec").path("volumes")).anySatisfy(v -> {
            assertThat(v.path("name").asText()).isEqualTo(tmp);
            assertThat(v.has("emptyDir")).isTrue();
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldServeTheConsoleThroughItsIngressWithoutDatabaseKafkaOrScaler(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        checkPodServedAndConfined(objects, CONSOLE);
        JsonNode backend = named(objects, "Ingress", CONSOLE).path("spec").path("rules").get(0).path("http")
                .path("paths").get(0).path("backend").path("service");
        assertThat(backend.path("name").asText()).isEqualTo(CONSOLE);
        assertThat(named(objects, "Service", CONSOLE).path("spec").path("ports").toString())
                .contains("\"name\":\"" + backend.path("port").path("name").asText() + "\"");
        // stateless and outside the event stream: no database, no Kafka identity, replicas set here (no lag to scale on)
        JsonNode config = named(objects, "ConfigMap", CONSOLE + "-config").path("data");
        assertThat(config.has("DB_URL")).isFalse();
        assertThat(config.has("KAFKA_BOOTSTRAP_SERVERS")).isFalse();
        assertThat(named(objects, "KafkaUser", CONSOLE)).isNull();
        assertThat(named(objects, "ScaledObject", CONSOLE)).isNull();
        assertThat(named(objects, "Deployment", CONSOLE).path("spec").path("replicas").asInt())
                .isEqualTo(overlay.equals("dev") ? 1 : 2);
        // every service the console's application calls has its URL, and the NetworkPolicy lets it out to it
        String policy = named(objects, "NetworkPolicy", CONSOLE).toString();
        for (String called : Manifests.consoleCalls()) {
            assertThat(config.path(restClientUrlKey(called)).asText()).as(called).isEqualTo("http://" + called);
            assertThat(policy).as("egress to " + called).contains("\"" + called + "\"");
        }
    }

    private static String restClientUrlKey(String client) {
        return "QUARKUS_REST_CLIENT_" + client.toUpperCase().replace('-', '_') + "_URL";
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldSetResourcesOnEveryContainerAndWorkload(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        List<String> without = new ArrayList<>();
        for (String kind : List.of("Deployment", "Job", "CronJob")) {
            for (JsonNode w : ofKind(objects, kind)) {
                for (JsonNode c : podSpec(w).path("containers")) {
                    JsonNode r = c.path("resources");
                    if (r.path("requests").path("cpu").isMissingNode() || r.path("requests").path("memory")
                            .isMissingNode() || r.path("limits").path("memory").isMissingNode()) {
                        without.add(kind + "/" + name(w) + " " + c.path("name").asText());
                    }
                }
            }
        }
        for (String kind : List.of("Cluster", "KafkaNodePool")) {
            for (JsonNode o : ofKind(objects, kind)) {
                if (o.path("spec").path("resources").path("limits").path("memory").isMissingNode()) {
                    without.add(kind + "/" + name(o));
                }
            }
        }
        assertThat(without).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldRegisterTheSchemasAheadOfTheServices(String overlay) throws Exception {
        List<ObjectNode> objects = Manifests.render(overlay);
        JsonNode job = named(objects, "Job", "schema-registration");
        JsonNode container = job.path("spec").path("template").path("spec").path("containers").get(0);
        List<String> command = new ArrayList<>();
        container.path("command").forEach(c -> command.add(c.asText()));
        // a service image: the class the Job runs is in messaging, which every service image holds
        assertThat(container.path("image").asText()).matches("(.*/)?(" + String.join("|", SERVICES) + ")(:.*)?");
        String mainClass = command.get(command.size() - 2);
        assertThat(Manifests.root().resolve("messaging/src/main/java/" + mainClass.replace('.', '/') + ".java"))
                .exists();
        for (String service : services(overlay)) {
            JsonNode config = named(objects, "ConfigMap", service + "-config").path("data");
            assertThat(command.get(command.size() - 1)).isEqualTo(config.path("APICURIO_REGISTRY_URL").asText());
            assertThat(config.path("REVCYCLE_MESSAGING_SCHEMAS_REGISTER_ON_START").asText()).isEqualTo("false");
        }
    }

    @Test
    void shouldKeepTheTestOnlyPayerSimulatorOutOfProduction() {
        assertThat(named(Manifests.render("prod"), "Deployment", TEST_ONLY)).isNull();
        assertThat(named(Manifests.render("prod"), "KafkaUser", TEST_ONLY)).isNull();
        assertThat(named(Manifests.render("dev"), "Deployment", TEST_ONLY)).isNotNull();
    }

    @Test
    void shouldBackUpEveryDatabaseInProduction() {
        List<ObjectNode> prod = Manifests.render("prod");
        Set<String> scheduled = new TreeSet<>();
        ofKind(prod, "ScheduledBackup").forEach(b -> scheduled.add(b.path("spec").path("cluster").path("name")
                .asText()));
        Set<String> clusters = new TreeSet<>();
        for (JsonNode c : ofKind(prod, "Cluster")) {
            clusters.add(name(c));
            assertThat(c.path("spec").path("plugins").toString()).as(name(c)).contains("barman-cloud")
                    .contains("\"isWALArchiver\":true");
        }
        assertThat(scheduled).isEqualTo(clusters);
    }

    private static List<String> services(String overlay) {
        List<String> all = new ArrayList<>(SERVICES);
        if (overlay.equals("dev")) {
            all.add(TEST_ONLY);
        }
        return all;
    }

    /** "type name" to operations, all ACLs literal allow rules. */
    private static Map<String, Set<String>> acls(JsonNode user) {
        Map<String, Set<String>> acls = new TreeMap<>();
        for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
            JsonNode r = acl.path("resource");
            assertThat(r.path("patternType").asText()).as(name(user) + " " + r).isEqualTo("literal");
            assertThat(acl.path("type").asText("allow")).isEqualTo("allow");
            Set<String> ops = acls.computeIfAbsent(r.path("type").asText() + " " + r.path("name").asText(),
                    k -> new TreeSet<>());
            acl.path("operations").forEach(o -> ops.add(o.asText()));
        }
        return acls;
    }

    /** Secrets in the overlay and those the operators create for its resources, with their keys. */
    /** The Deployments and CronJobs: what runs pods with the services' configuration and secrets. */
    private static List<ObjectNode> workloads(List<ObjectNode> objects) {
        List<ObjectNode> workloads = new ArrayList<>(ofKind(objects, "Deployment"));
        workloads.addAll(ofKind(objects, "CronJob"));
        return workloads;
    }

    /** The pod spec of a Deployment, Job or CronJob. */
    static JsonNode podSpec(JsonNode workload) {
        JsonNode spec = workload.path("spec");
        if ("CronJob".equals(workload.path("kind").asText())) {
            spec = spec.path("jobTemplate").path("spec");
        }
        return spec.path("template").path("spec");
    }

    private static Map<String, Set<String>> secretsWithKeys(List<ObjectNode> objects) {
        Map<String, Set<String>> secrets = new HashMap<>();
        for (JsonNode s : ofKind(objects, "Secret")) {
            Set<String> keys = new HashSet<>();
            s.path("data").fieldNames().forEachRemaining(keys::add);
            s.path("stringData").fieldNames().forEachRemaining(keys::add);
            secrets.put(name(s), keys);
        }
        // Strimzi: the cluster CA for clients, and one Secret per mTLS KafkaUser
        for (JsonNode k : ofKind(objects, "Kafka")) {
            secrets.put(name(k) + "-cluster-ca-cert", Set.of("ca.crt", "ca.p12", "ca.password"));
        }
        for (JsonNode u : ofKind(objects, "KafkaUser")) {
            secrets.put(name(u), Set.of("ca.crt", "user.crt", "user.key", "user.p12", "user.password"));
        }
        // Keycloak's TLS Secret: written by the cluster's certificate issuer (docs/operations.md), read by Keycloak and
        // (ca.crt) by every service that checks its tokens
        for (JsonNode k : ofKind(objects, "Keycloak")) {
            secrets.put(k.path("spec").path("http").path("tlsSecret").asText(), Set.of("tls.crt", "tls.key", "ca.crt"));
        }
        // created by the operator at install (docs/operations.md, Install order), never committed: key material
        secrets.put("revcycle-phi-keys", Set.of("keys"));
        secrets.put("revcycle-billing-jobs-client", Set.of("client-secret"));
        secrets.put("revcycle-console-client", Set.of("client-secret"));
        // CloudNativePG: the application owner's credentials
        for (JsonNode c : ofKind(objects, "Cluster")) {
            secrets.put(name(c) + "-app", Set.of("username", "password", "host", "port", "dbname", "uri",
                    "jdbc-uri", "pgpass"));
        }
        return secrets;
    }

    private static void check(Set<String> names, JsonNode name, String user, List<String> missing) {
        if (!names.contains(name.asText())) {
            missing.add(user + " -> " + name.asText());
        }
    }

    private static void checkKey(Map<String, Set<String>> secrets, String secret, String key, String user,
            List<String> missing) {
        if (!secrets.getOrDefault(secret, Set.of()).contains(key)) {
            missing.add(user + " -> secret " + secret + " key " + key);
        }
    }

    private static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new TreeMap<>();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }
}
