package io.revcycle.messaging.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.config.SerdeConfig;
import io.revcycle.events.AvroCodec;
import io.revcycle.events.EventTypes;

/**
 * Registers every common-events schema under its topic's artifact ({@code <topic>-value}), once, so producers run
 * with auto-registration off and find their schema by content in their cache: the Apicurio 3.1.7 serializer with
 * auto-registration on calls createArtifact for every record whose schema has nested records.
 *
 * <p>Registration goes through the serializer itself (auto-register on, find-or-create version) with one sample record
 * per topic, so the registry holds exactly what the producers' serializers look up ({@link #SCHEMA_FORM}); each artifact
 * then gets its own BACKWARD compatibility rule ({@link ArtifactCompatibility}). Idempotent.
 * Services run it when they start ({@code revcycle.messaging.schemas.register-on-start}, default true); a deployment
 * that registers schemas ahead (a Kubernetes Job) runs {@link #main} with the registry URL and turns that off.
 */
public final class SchemaRegistration {

    /**
     * Each schema whole (nested records inline, no references), as registered and as looked up by the producers: the
     * registry's content search cannot match a schema split into references.
     */
    public static final Map<String, Object> SCHEMA_FORM = Map.of(SchemaResolverConfig.DEREFERENCE_SCHEMA, true);

    private SchemaRegistration() {
    }

    /** Returns the artifact ids registered (or found unchanged). */
    public static List<String> registerAll(String registryUrl) {
        Map<String, Object> config = new HashMap<>();
        config.put(SerdeConfig.REGISTRY_URL, registryUrl);
        config.put(SerdeConfig.AUTO_REGISTER_ARTIFACT, true);
        config.putAll(SCHEMA_FORM);
        List<String> artifacts = new ArrayList<>();
        new TreeMap<>(EventTypes.BY_TOPIC).forEach((topic, type) -> {
            // one serializer per topic: the serde caches by schema content, so a second topic with the same schema
            // (the two EDI topics) would never reach the registry through the first one's serializer
            try (AvroKafkaSerializer<Object> serializer = new AvroKafkaSerializer<>()) {
                serializer.configure(config, false);
                serializer.serialize(topic, new RecordHeaders(), sampleEvent(type));
            }
            ArtifactCompatibility.requireBackward(registryUrl, topic + "-value");
            artifacts.add(topic + "-value");
        });
        return artifacts;
    }

    /** {@code java -cp <a service's classpath> io.revcycle.messaging.kafka.SchemaRegistration REGISTRY_URL}. */
    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : System.getenv("REGISTRY_URL");
        if (url == null || url.isBlank()) {
            System.err.println("usage: SchemaRegistration REGISTRY_URL (e.g. http://registry:8080/apis/registry/v3),"
                    + " or REGISTRY_URL in the environment");
            System.exit(2);
        }
        registerAll(url).forEach(a -> System.out.println("registered " + a));
    }

    /** A valid event of the type, as the outbox relay sends it: an outbox payload read back through AvroCodec. */
    public static GenericRecord sampleEvent(Class<? extends SpecificRecord> type) {
        return AvroCodec.toGeneric(type.getName(), sampleBytes(AvroCodec.schemaOf(type)));
    }

    private static byte[] sampleBytes(Schema schema) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new GenericDatumWriter<Object>(schema, GenericData.get()).write(sample(schema), encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest valid value of a schema: what it is never matters, only that it serializes. */
    private static Object sample(Schema s) {
        return switch (s.getType()) {
            case RECORD -> {
                GenericData.Record r = new GenericData.Record(s);
                s.getFields().forEach(f -> r.put(f.pos(), sample(f.schema())));
                yield r;
            }
            case UNION -> sample(s.getTypes().get(0));
            case ENUM -> new GenericData.EnumSymbol(s, s.getEnumSymbols().get(0));
            case ARRAY -> new GenericData.Array<>(0, s);
            case MAP -> Map.of();
            case STRING -> "00000000-0000-0000-0000-000000000000"; // also a valid uuid
            case BYTES -> ByteBuffer.wrap(new byte[] {0});
            case FIXED -> new GenericData.Fixed(s, new byte[s.getFixedSize()]);
            case INT -> 0;
            case LONG -> 0L;
            case FLOAT -> 0f;
            case DOUBLE -> 0d;
            case BOOLEAN -> false;
            case NULL -> null;
        };
    }
}
