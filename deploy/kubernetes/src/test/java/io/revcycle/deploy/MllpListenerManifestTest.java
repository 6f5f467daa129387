package io.revcycle.deploy;

import static io.revcycle.deploy.Manifests.named;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The HL7 v2 MLLP listeners (coding-service's DFT, eligibility-service's ADT) as an operator applies them: the port
 * the application listens on is the container's named port, the Service carries it to the pods, and only the
 * interface engine's namespace (labelled by the operator) may connect, since MLLP has no authentication of its own.
 */
class MllpListenerManifestTest {

    static final List<String> SERVICES = List.of("coding-service", "eligibility-service");
    static final String ENGINE_NAMESPACE_LABEL = "revcycle.io/hl7-interface-engine";

    static List<Arguments> overlaysAndServices() {
        return Manifests.OVERLAYS.stream().flatMap(o -> SERVICES.stream().map(s -> Arguments.of(o, s))).toList();
    }

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void shouldExposeTheMllpPortToTheInterfaceEngineOnly(String overlay, String service) throws IOException {
        List<ObjectNode> objects = Manifests.render(overlay);
        int listening = Integer.parseInt(named(objects, "ConfigMap", service + "-config").path("data")
                .path("REVCYCLE_HL7_MLLP_PORT").asText(applicationDefault(service)));

        JsonNode container = ManifestCrossReferenceTest.podSpec(named(objects, "Deployment", service))
                .path("containers").get(0);
        assertThat(port(container.path("ports"), "mllp").path("containerPort").asInt()).isEqualTo(listening);
        JsonNode servicePort = port(named(objects, "Service", service).path("spec").path("ports"), "mllp");
        assertThat(servicePort.path("targetPort").asText()).isEqualTo("mllp");
        assertThat(servicePort.path("protocol").asText()).isEqualTo("TCP");

        List<JsonNode> admitting = new ArrayList<>();
        for (JsonNode rule : named(objects, "NetworkPolicy", service).path("spec").path("ingress")) {
            for (JsonNode p : rule.path("ports")) {
                if ("mllp".equals(p.path("port").asText()) || p.path("port").asInt() == listening) {
                    admitting.add(rule);
                }
            }
        }
        assertThat(admitting).as("ingress rules admitting MLLP").singleElement().satisfies(rule -> {
            assertThat(rule.path("from")).hasSize(1);
            JsonNode from = rule.path("from").get(0);
            assertThat(from.has("podSelector")).as("from any pod of the labelled namespaces only").isFalse();
            assertThat(from.path("namespaceSelector").path("matchLabels").path(ENGINE_NAMESPACE_LABEL).asText())
                    .isEqualTo("true");
        });
        assertThat(Files.readString(Manifests.root().resolve("docs/hl7-intake.md"))).contains(ENGINE_NAMESPACE_LABEL);
    }

    private static JsonNode port(JsonNode ports, String name) {
        for (JsonNode p : ports) {
            if (name.equals(p.path("name").asText())) {
                return p;
            }
        }
        throw new AssertionError("no port named " + name + " in " + ports);
    }

    /** revcycle.hl7.mllp.port of the service's application.properties (the prod profile's value). */
    private static String applicationDefault(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Manifests.root()
                .resolve(service + "/src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("revcycle.hl7.mllp.port");
    }
}
