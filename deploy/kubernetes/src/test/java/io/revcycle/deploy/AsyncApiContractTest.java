package io.revcycle.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.revcycle.events.EventTypes;
import io.revcycle.events.Topics;
import io.revcycle.events.phi.EventPhi;
import io.revcycle.messaging.EventHeaders;

/**
 * docs/asyncapi/revcycle.asyncapi.json against the AsyncAPI 3.0 JSON schema kept beside it and against the code it
 * describes, so the contract cannot drift: topics, Avro schemas field for field, producers and consumers (read from
 * the services' sources, as for the ACLs), partitions and retention (the KafkaTopic manifests), dead-letter headers,
 * sealed PHI fields and examples. Plain files only: no kubectl, no broker.
 */
class AsyncApiContractTest {

    private static final Path DOCS = Manifests.root().resolve("docs/asyncapi");
    private static final JsonNode DOC = read(DOCS.resolve("revcycle.asyncapi.json"));

    @Test
    void shouldBeAValidAsyncApi30Document() throws IOException {
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(Files.readString(DOCS.resolve("schema/asyncapi-3.0.0.json")), InputFormat.JSON);

        var errors = schema.validate(Manifests.JSON.writeValueAsString(DOC), InputFormat.JSON);

        assertThat(errors).as("AsyncAPI 3.0 schema errors").isEmpty();
        assertThat(DOC.path("asyncapi").asText()).isEqualTo("3.0.0");
    }

    @Test
    void shouldDocumentEveryTopicAndItsDeadLetterTopicAndNoOther() {
        Set<String> expected = new TreeSet<>();
        for (String t : Topics.ALL) {
            expected.add(t);
            expected.add(Topics.deadLetterOf(t));
        }

        assertThat(channelsByAddress().keySet()).isEqualTo(expected);
    }

    @Test
    void shouldCarryEachTopicsAvroSchemaFieldForField() {
        for (String topic : Topics.ALL) {
            Schema inCode = SpecificData.get().getSchema(EventTypes.BY_TOPIC.get(topic));
            Schema inDoc = new Schema.Parser().parse(payloadSchema(topic).toString());

            Set<String> codeFields = fieldPaths(inCode);
            Set<String> docFields = fieldPaths(inDoc);
            assertThat(without(codeFields, docFields)).as(topic + ": Avro fields in code but not in the document")
                    .isEmpty();
            assertThat(without(docFields, codeFields)).as(topic + ": fields in the document but not in the code")
                    .isEmpty();
            assertThat(inDoc).as(topic + ": types, defaults and logical types, as in its .avsc")
                    .isEqualTo(avsc(inCode.getName()));
        }
    }

    @Test
    void shouldNameTheServicesThatPublishAndConsumeEachTopicAsTheirCodeDoes() {
        Map<String, Set<String>> documented = new TreeMap<>();
        Map<String, Set<String>> inCode = new TreeMap<>();
        List<String> services = new ArrayList<>(ManifestCrossReferenceTest.SERVICES);
        services.add(ManifestCrossReferenceTest.TEST_ONLY);
        Map<String, ServiceCode> codes = new TreeMap<>();
        for (String service : services) {
            ServiceCode code = ServiceCode.of(service);
            codes.put(service, code);
            code.publishes().forEach(t -> add(inCode, "send " + t, service));
            code.consumes().forEach(t -> {
                add(inCode, "receive " + t, service);
                add(inCode, "send " + Topics.deadLetterOf(t), service);
            });
        }
        for (JsonNode op : iterable(DOC.path("operations"))) {
            String address = channel(op.path("channel").path("$ref").asText()).path("address").asText();
            add(documented, op.path("action").asText() + " " + address, op.path("x-service").asText());
            if (op.path("action").asText().equals("receive") && codes.containsKey(op.path("x-service").asText())) {
                // the group the code uses: <service>.<topic>, or the shared consumer's when handlers share one
                String service = op.path("x-service").asText();
                String group = codes.get(service).groups().get(address);
                assertThat(op.path("bindings").path("kafka").path("groupId").path("enum").get(0).asText())
                        .as("consumer group of " + service + " on " + address).isEqualTo(group);
                assertThat(op.path("summary").asText()).as("summary of " + service + " on " + address)
                        .contains("group " + group);
            }
        }

        assertThat(documented).isEqualTo(inCode);
    }

    @Test
    void shouldGiveEachChannelThePartitionsAndRetentionOfItsKafkaTopic() throws IOException {
        Map<String, JsonNode> manifests = new TreeMap<>();
        try (var parser = Manifests.YAML.getFactory()
                .createParser(Manifests.home().resolve("base/kafka/topics.yaml").toFile())) {
            Manifests.YAML.readValues(parser, JsonNode.class).readAll()
                    .forEach(t -> manifests.put(t.path("metadata").path("name").asText(), t));
        }
        channelsByAddress().forEach((address, channel) -> {
            JsonNode binding = channel.path("bindings").path("kafka");
            JsonNode spec = manifests.get(address).path("spec");
            assertThat(binding.path("topic").asText()).isEqualTo(address);
            assertThat(binding.path("partitions").asInt()).as(address).isEqualTo(spec.path("partitions").asInt());
            assertThat(binding.path("replicas").asInt()).as(address).isEqualTo(spec.path("replicas").asInt());
            JsonNode config = binding.path("topicConfiguration");
            assertThat(config.path("retention.ms").asLong()).as(address)
                    .isEqualTo(spec.path("config").path("retention.ms").asLong());
            assertThat(config.path("cleanup.policy").get(0).asText()).as(address)
                    .isEqualTo(spec.path("config").path("cleanup.policy").asText());
            assertThat(config.path("max.message.bytes").asLong(0)).as(address)
                    .isEqualTo(spec.path("config").path("max.message.bytes").asLong(0));
        });
    }

    @Test
    void shouldNameEveryHeaderTheMessagingModuleWrites() throws IllegalAccessException {
        Set<String> all = new TreeSet<>();
        for (Field f : EventHeaders.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                all.add((String) f.get(null));
            }
        }
        JsonNode schemas = DOC.path("components").path("schemas");
        Set<String> deadLetter = names(schemas.path("DeadLetterHeaders").path("properties"));
        Set<String> event = names(schemas.path("EventHeaders").path("properties"));

        assertThat(deadLetter).containsAll(all);
        assertThat(names(schemas.path("DeadLetterHeaders").path("required"))).containsExactlyInAnyOrder(
                EventHeaders.DLQ_REASON, EventHeaders.DLQ_EXCEPTION, EventHeaders.DLQ_CONSUMER,
                EventHeaders.DLQ_ORIGIN_TOPIC, EventHeaders.DLQ_ORIGIN_PARTITION, EventHeaders.DLQ_ORIGIN_OFFSET);
        assertThat(event).containsAll(Set.of(EventHeaders.EVENT_ID, EventHeaders.EVENT_TYPE, EventHeaders.PRODUCER,
                EventHeaders.REPLAYED_FROM)).noneMatch(h -> h.startsWith("dlq."));
    }

    @Test
    void shouldMarkTheSealedPhiFieldsOfEveryPhiBearingEvent() {
        for (String topic : Topics.ALL) {
            Class<? extends SpecificRecord> type = EventTypes.BY_TOPIC.get(topic);
            JsonNode phi = message(topic).path("x-phi");
            Set<String> fields = fieldPaths(SpecificData.get().getSchema(type));
            if (EventPhi.carriesPhi(type)) {
                assertThat(fields).as(topic).contains(phi.path("sealedIn").asText());
                assertThat(phi.path("fields")).as(topic).isNotEmpty();
                phi.path("fields").forEach(f -> assertThat(fields).as(topic + " sealed field").contains(f.asText()));
            } else {
                assertThat(phi.path("sealedIn").isNull()).as(topic + " carries no PHI").isTrue();
                assertThat(phi.path("fields")).as(topic).isEmpty();
            }
        }
    }

    @Test
    void shouldGiveExamplesWithExactlyTheSchemasFieldsAndAKeyThatIsAField() {
        for (String topic : Topics.ALL) {
            JsonNode message = message(topic);
            Schema schema = SpecificData.get().getSchema(EventTypes.BY_TOPIC.get(topic));
            assertThat(fieldPaths(schema)).as(topic + " key").contains(message.path("x-key-field").asText());
            assertThat(message.path("examples")).as(topic).isNotEmpty();
            for (JsonNode example : message.path("examples")) {
                assertThat(examplePaths(example.path("payload"), ""))
                        .as(topic + " example " + example.path("name").asText())
                        .isSubsetOf(fieldPaths(schema)).containsAll(topLevel(schema));
                assertThat(example.path("headers").path(EventHeaders.EVENT_TYPE).asText())
                        .isEqualTo(schema.getName());
            }
        }
    }

    /** The schema file common-events ships (the generated class's schema adds Java-only properties). */
    private static Schema avsc(String name) {
        try (var in = AsyncApiContractTest.class.getClassLoader().getResourceAsStream("avro/" + name + ".avsc")) {
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, JsonNode> channelsByAddress() {
        Map<String, JsonNode> byAddress = new TreeMap<>();
        for (JsonNode channel : iterable(DOC.path("channels"))) {
            byAddress.put(channel.path("address").asText(), channel);
        }
        return byAddress;
    }

    private static JsonNode message(String topic) {
        JsonNode messages = channelsByAddress().get(topic).path("messages");
        assertThat(messages.size()).as(topic + ": one message type per topic").isEqualTo(1);
        return resolve(messages.elements().next());
    }

    private static JsonNode payloadSchema(String topic) {
        JsonNode payload = resolve(message(topic).path("payload"));
        assertThat(payload.path("schemaFormat").asText()).startsWith("application/vnd.apache.avro+json");
        return payload.path("schema");
    }

    private static JsonNode channel(String ref) {
        return resolve(DOC.at(ref.substring(1)));
    }

    /** Follows local $refs ("#/components/..."). */
    private static JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref")) {
            n = DOC.at(n.path("$ref").asText().substring(1));
        }
        return n;
    }

    /** Every field as a dotted path through records, unions, arrays and maps ("patient.address.city"). */
    static Set<String> fieldPaths(Schema schema) {
        Set<String> paths = new TreeSet<>();
        collect(schema, "", paths);
        return paths;
    }

    private static void collect(Schema s, String prefix, Set<String> paths) {
        switch (s.getType()) {
            case RECORD -> s.getFields().forEach(f -> {
                paths.add(prefix + f.name());
                collect(f.schema(), prefix + f.name() + ".", paths);
            });
            case UNION -> s.getTypes().forEach(t -> collect(t, prefix, paths));
            case ARRAY -> collect(s.getElementType(), prefix, paths);
            case MAP -> collect(s.getValueType(), prefix, paths);
            default -> {
            }
        }
    }

    private static Set<String> examplePaths(JsonNode value, String prefix) {
        Set<String> paths = new TreeSet<>();
        if (value.isObject()) {
            value.fields().forEachRemaining(e -> {
                paths.add(prefix + e.getKey());
                paths.addAll(examplePaths(e.getValue(), prefix + e.getKey() + "."));
            });
        } else if (value.isArray()) {
            value.forEach(v -> paths.addAll(examplePaths(v, prefix)));
        }
        return paths;
    }

    private static Set<String> topLevel(Schema schema) {
        Set<String> names = new TreeSet<>();
        schema.getFields().forEach(f -> names.add(f.name()));
        return names;
    }

    private static Set<String> without(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static void add(Map<String, Set<String>> map, String key, String value) {
        map.computeIfAbsent(key, k -> new TreeSet<>()).add(value);
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return () -> {
            Iterator<JsonNode> it = node.elements();
            return it;
        };
    }

    private static JsonNode read(Path file) {
        try {
            return Manifests.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(file + " cannot be read", e);
        }
    }
}
