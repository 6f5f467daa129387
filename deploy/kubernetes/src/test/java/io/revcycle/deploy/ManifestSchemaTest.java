package io.revcycle.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every object of every overlay is valid against its schema with unknown fields failing: core objects through the
 * fabric8 kubernetes-model types, Strimzi, CloudNativePG, Barman Cloud, KEDA, Apicurio Registry and Prometheus
 * Operator resources against their published CRD schemas (deploy/kubernetes/schemas).
 */
class ManifestSchemaTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;

    private static CrdSchemas crds;

    @BeforeAll
    static void loadSchemas() {
        crds = new CrdSchemas(Manifests.home().resolve("schemas"));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void shouldValidateEveryObjectOfTheOverlayAgainstItsSchema(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        assertThat(objects).hasSizeGreaterThan(50);
        List<String> problems = new ArrayList<>();
        for (ObjectNode o : objects) {
            List<String> found;
            if (StrictCoreModel.knows(o)) {
                found = StrictCoreModel.problems(o);
            } else if (crds.knows(o)) {
                found = new ArrayList<>(crds.problems(o));
                found.addAll(StrictCoreModel.metadataProblems(o));
            } else {
                found = List.of("no schema for " + o.path("apiVersion").asText() + " " + o.path("kind").asText());
            }
            found.forEach(p -> problems.add(overlay + " " + Manifests.id(o) + ": " + p));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldRejectAMisspeltFieldInACoreObject() {
        ObjectNode deployment = Manifests.named(Manifests.render("prod"), "Deployment", "claims-service").deepCopy();
        ((ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0))
                .put("readinesProbe", "x");
        assertThat(StrictCoreModel.problems(deployment)).singleElement().asString()
                .contains("readinesProbe").contains("containers[0]");
    }

    @Test
    void shouldRejectAMisspeltFieldInACustomResource() {
        ObjectNode topic = Manifests.named(Manifests.render("prod"), "KafkaTopic", "revcycle.claim.submitted")
                .deepCopy();
        ((ObjectNode) topic.path("spec")).put("replica", 3);
        assertThat(crds.problems(topic)).singleElement().asString().contains("replica");
        ObjectNode user = Manifests.named(Manifests.render("prod"), "KafkaUser", "claims-service").deepCopy();
        ((ObjectNode) user.path("spec").path("authorization").path("acls").get(0)).put("operation", "Read");
        assertThat(crds.problems(user)).isNotEmpty();
    }
}
