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
import org.junit.jupiter.params.provider.FieldSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * coding-service's HL7 v2 MLLP listener as an operator applies it: the port the application listens on is the
 * container's named port, the Service carries it to the pods, and only the interface engine's namespace (labelled
 * by the operator) may connect, since MLLP has no authentication of its own.
 */
class MllpListenerManifestTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    static final String ENGINE_NAMESPACE_LABEL = "revcycle.io/hl7-interface-engine";

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldExposeTheMllpPortToTheInterfaceEngineOnly(String overlay) throws IOException {
        List<ObjectNode> objects = Manifests.render(overlay);
        int listening = Integer.parseInt(named(objects, "ConfigMap", "coding-service-config").path("data")
                .path("REVCYCLE_HL7_MLLP_PORT").asText(applicationDefault()));

        JsonNode container = ManifestCrossReferenceTest.podSpec(named(objects, "Deployment", "coding-service"))
                .path("containers").get(0);
        assertThat(port(container.path("ports"), "mllp").path("containerPort").asInt()).isEqualTo(listening);
        JsonNode servicePort = port(named(objects, "Service", "coding-service").path("spec").path("ports"), "mllp");
        assertThat(servicePort.path("targetPort").asText()).isEqualTo("mllp");
        assertThat(servicePort.path("protocol").asText()).isEqualTo("TCP");

        List<JsonNode> admitting = new ArrayList<>();
        for (JsonNode rule : named(objects, "NetworkPolicy", "coding-service").path("spec").path("ingress")) {
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

    /** revcycle.hl7.mllp.port of coding-service's application.properties (the prod profile's value). */
    private static String applicationDefault() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Manifests.root()
                .resolve("coding-service/src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("revcycle.hl7.mllp.port");
    }
}
