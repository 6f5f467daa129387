package io.revcycle.messaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/** Plain Avro binary for outbox rows; the registry-aware serializer is applied only when the relay publishes. */
public final class AvroCodec {

    private static final Map<String, SpecificDatumReader<SpecificRecord>> READERS = new ConcurrentHashMap<>();

    private AvroCodec() {
    }

    public static byte[] encode(SpecificRecord event) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new SpecificDatumWriter<SpecificRecord>(event.getSchema()).write(event, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SpecificRecord decode(String eventType, byte[] payload) {
        SpecificDatumReader<SpecificRecord> reader = READERS.computeIfAbsent(eventType, AvroCodec::readerFor);
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(payload, null);
            synchronized (reader) {
                return reader.read(null, decoder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every RevCycle event carries its id in the field eventId. */
    public static UUID eventId(SpecificRecord event) {
        var field = event.getSchema().getField("eventId");
        if (field == null) {
            throw new IllegalArgumentException(event.getSchema().getFullName() + " has no eventId");
        }
        Object id = event.get(field.pos());
        return id instanceof UUID uuid ? uuid : UUID.fromString(String.valueOf(id));
    }

    @SuppressWarnings("unchecked")
    private static SpecificDatumReader<SpecificRecord> readerFor(String eventType) {
        try {
            Class<? extends SpecificRecord> type = (Class<? extends SpecificRecord>) Class.forName(eventType, true,
                    Thread.currentThread().getContextClassLoader());
            return new SpecificDatumReader<>((Class<SpecificRecord>) type);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("unknown event type " + eventType, e);
        }
    }
}
