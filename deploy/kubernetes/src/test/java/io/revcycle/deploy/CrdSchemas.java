package io.revcycle.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The published CustomResourceDefinitions kept in deploy/kubernetes/schemas (source and version in its README), each
 * served version's openAPIV3Schema made strict the way the API server's strict field validation is: an object
 * schema that lists its properties and neither allows additional properties nor preserves unknown fields rejects any
 * other field.
 */
final class CrdSchemas {

    private final Map<String, Schema> byApiVersionAndKind = new HashMap<>();

    CrdSchemas(Path folder) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode crd = Manifests.YAML.readTree(file.toFile());
                if (!"CustomResourceDefinition".equals(crd.path("kind").asText())) {
                    throw new IllegalStateException(file + " is not a CustomResourceDefinition");
                }
                String group = crd.path("spec").path("group").asText();
                String kind = crd.path("spec").path("names").path("kind").asText();
                for (JsonNode version : crd.path("spec").path("versions")) {
                    if (!version.path("served").asBoolean()) {
                        continue;
                    }
                    ObjectNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                    // every object has these at its root, whether a CRD's schema lists them or not
                    ObjectNode root = schema.withObject("properties");
                    root.withObject("apiVersion").put("type", "string");
                    root.withObject("kind").put("type", "string");
                    root.withObject("metadata").put("type", "object");
                    close(schema);
                    byApiVersionAndKind.put(group + "/" + version.path("name").asText() + "/" + kind,
                            registry.getSchema(Manifests.JSON.writeValueAsString(schema), InputFormat.JSON));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean knows(JsonNode o) {
        return byApiVersionAndKind.containsKey(key(o));
    }

    /** Schema errors of {@code o} (empty: valid). */
    List<String> problems(JsonNode o) {
        Schema schema = byApiVersionAndKind.get(key(o));
        try {
            return schema.validate(Manifests.JSON.writeValueAsString(o), InputFormat.JSON).stream()
                    .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key(JsonNode o) {
        return o.path("apiVersion").asText() + "/" + o.path("kind").asText();
    }

    private static void close(JsonNode schema) {
        if (schema instanceof ObjectNode node) {
            boolean preserves = node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            if (node.has("properties") && !node.has("additionalProperties") && !preserves) {
                node.put("additionalProperties", false);
            }
            // metadata is checked as ObjectMeta; its CRD schema is only {type: object}
            node.properties().forEach(e -> close(e.getValue()));
        } else if (schema != null && schema.isArray()) {
            schema.forEach(CrdSchemas::close);
        }
    }
}
