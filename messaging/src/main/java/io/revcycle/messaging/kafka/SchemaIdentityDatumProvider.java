package io.revcycle.messaging.kafka;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;

import io.apicurio.registry.serde.avro.DefaultAvroDatumProvider;

/**
 * The registry serde's datum provider with its writers and readers found by schema instance. The default one keys
 * its caches by the schema's parsing fingerprint, which it recomputes (normalising the whole schema) for every
 * record; here the schemas are a handful of long-lived instances (the generated classes' schemas when producing,
 * the registry client's cached schemas when consuming), so an identity lookup finds the same writer or reader. A
 * schema instance seen for the first time goes through the default provider, once.
 */
public class SchemaIdentityDatumProvider<T> extends DefaultAvroDatumProvider<T> {

    private static final int MAX_ENTRIES = 1_000; // a bound in case a caller builds schemas per record

    private final Map<Key, DatumWriter<T>> writers = new ConcurrentHashMap<>();
    private final Map<Key, DatumReader<T>> readers = new ConcurrentHashMap<>();

    @Override
    public DatumWriter<T> createDatumWriter(T data, Schema schema) {
        // generic and specific data need different writers for one schema
        Key key = new Key(schema, data == null ? null : data.getClass());
        DatumWriter<T> writer = writers.get(key);
        if (writer == null) {
            writer = super.createDatumWriter(data, schema);
            remember(writers, key, writer);
        }
        return writer;
    }

    @Override
    public DatumReader<T> createDatumReader(Schema schema) {
        Key key = new Key(schema, null);
        DatumReader<T> reader = readers.get(key);
        if (reader == null) {
            reader = super.createDatumReader(schema);
            remember(readers, key, reader);
        }
        return reader;
    }

    private static <V> void remember(Map<Key, V> cache, Key key, V value) {
        if (cache.size() < MAX_ENTRIES) {
            cache.put(key, value);
        }
    }

    /** Equal only for the same schema instance (and data class). */
    private record Key(Schema schema, Class<?> dataType) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.schema == schema && k.dataType == dataType;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema) * 31 + System.identityHashCode(dataType);
        }
    }
}
