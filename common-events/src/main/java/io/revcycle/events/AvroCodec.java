package io.revcycle.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Moves events between their generated classes, plain Avro binary and GenericRecord. Registry serdes only ever see
 * GenericRecords: the generated classes are resolved here, through the event class's own class loader, and a
 * consumer reads with its own schema (writer schema from the registry, reader schema from the class), which is what
 * makes BACKWARD-compatible changes safe.
 */
public final class AvroCodec {

    private AvroCodec() {
    }

    public static byte[] encode(SpecificRecord event) {
        return write(event, new SpecificDatumWriter<>(event.getSchema(), modelOf(event.getClass())));
    }

    public static GenericRecord toGeneric(SpecificRecord event) {
        return readGeneric(event.getSchema(), encode(event));
    }

    /** An outbox row back to a GenericRecord, given the generated class name it was written with. */
    public static GenericRecord toGeneric(String eventType, byte[] payload) {
        return readGeneric(schemaOf(loadClass(eventType)), payload);
    }

    public static <E extends SpecificRecord> E toSpecific(GenericRecord record, Class<E> type) {
        Schema readerSchema = schemaOf(type);
        if (!readerSchema.getFullName().equals(record.getSchema().getFullName())) {
            throw new IllegalArgumentException("expected " + readerSchema.getFullName() + " but got "
                    + record.getSchema().getFullName());
        }
        byte[] bytes = write(record, new GenericDatumWriter<>(record.getSchema(), GenericData.get()));
        SpecificDatumReader<E> reader = new SpecificDatumReader<>(record.getSchema(), readerSchema, modelOf(type));
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(bytes, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every RevCycle event carries its id in the field eventId. */
    public static UUID eventId(SpecificRecord event) {
        Schema.Field field = event.getSchema().getField("eventId");
        if (field == null) {
            throw new IllegalArgumentException(event.getSchema().getFullName() + " has no eventId");
        }
        Object id = event.get(field.pos());
        return id instanceof UUID uuid ? uuid : UUID.fromString(String.valueOf(id));
    }

    private static <T> byte[] write(T value, DatumWriter<T> writer) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writer.write(value, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GenericRecord readGeneric(Schema schema, byte[] payload) {
        try {
            return new GenericDatumReader<GenericRecord>(schema, schema, GenericData.get())
                    .read(null, DecoderFactory.get().binaryDecoder(payload, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A deep copy through the record's own class loader (the generated {@code newBuilder(other)} copies through
     * Avro's loader, which fails in a @QuarkusTest; see {@link #MODELS}).
     */
    @SuppressWarnings("unchecked")
    public static <E extends SpecificRecord> E copy(E record) {
        Class<E> type = (Class<E>) record.getClass();
        SpecificDatumReader<E> reader = new SpecificDatumReader<>(record.getSchema(), record.getSchema(),
                modelOf(type));
        try {
            return reader.read(null, DecoderFactory.get().binaryDecoder(encode(record), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Avro single-object encoding (marker, schema fingerprint, binary), for records that travel without the registry
     * (a sealed PHI payload): a later reader schema resolves an older writer's when told about it.
     */
    public static byte[] encodeSingleObject(SpecificRecord record) {
        try {
            return ENCODERS.get(record.getClass()).encode(record).array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <E extends SpecificRecord> E decodeSingleObject(byte[] bytes, Class<E> type) {
        try {
            return (E) DECODERS.get(type).decode(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One encoder and decoder per class (both are thread-safe): building one computes the schema's parsing form and
     * fingerprint, which cost more than the encoding itself when done for every sealed record.
     */
    private static final ClassValue<BinaryMessageEncoder<SpecificRecord>> ENCODERS = new ClassValue<>() {
        @Override
        protected BinaryMessageEncoder<SpecificRecord> computeValue(Class<?> type) {
            return new BinaryMessageEncoder<>(modelOf(type), schemaOf(type));
        }
    };

    private static final ClassValue<BinaryMessageDecoder<SpecificRecord>> DECODERS = new ClassValue<>() {
        @Override
        protected BinaryMessageDecoder<SpecificRecord> computeValue(Class<?> type) {
            return new BinaryMessageDecoder<>(modelOf(type), schemaOf(type));
        }
    };

    private static SpecificData modelOf(Class<?> type) {
        return MODELS.get(type);
    }

    /**
     * A model bound to the event class's own loader. The generated MODEL$ has none, so Avro falls back to its own
     * loader; in a @QuarkusTest that is a parent of the one holding the event classes, and it would find a second
     * copy of them on the JVM class path (ClassCastException to IndexedRecord).
     */
    private static final ClassValue<SpecificData> MODELS = new ClassValue<>() {
        @Override
        protected SpecificData computeValue(Class<?> type) {
            SpecificData model = new SpecificData(type.getClassLoader());
            model.addLogicalTypeConversion(new Conversions.UUIDConversion());
            model.addLogicalTypeConversion(new Conversions.DecimalConversion());
            model.addLogicalTypeConversion(new TimeConversions.DateConversion());
            model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
            SpecificData.getForClass(type).getConversions().forEach(model::addLogicalTypeConversion);
            return model;
        }
    };

    public static Schema schemaOf(Class<?> type) {
        return SpecificData.getForClass(type).getSchema(type);
    }

    private static Class<?> loadClass(String name) {
        try {
            return Class.forName(name, true, AvroCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("unknown event type " + name, e);
        }
    }
}
