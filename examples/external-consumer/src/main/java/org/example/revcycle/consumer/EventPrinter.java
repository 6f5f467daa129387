package org.example.revcycle.consumer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.StringJoiner;

import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * One event as one readable line, from the writer's schema alone (no generated classes): decimals as amounts,
 * timestamps and dates as ISO-8601, sealed PHI bytes as their length only (they are ciphertext to anyone without
 * the key: see docs/phi-protection.md).
 */
public final class EventPrinter {

    private EventPrinter() {
    }

    public static String print(GenericRecord record) {
        return value(record, record.getSchema());
    }

    private static String value(Object value, Schema schema) {
        if (value == null) {
            return "null";
        }
        switch (schema.getType()) {
            case RECORD -> {
                GenericRecord r = (GenericRecord) value;
                StringJoiner fields = new StringJoiner(", ", "{", "}");
                for (Schema.Field f : schema.getFields()) {
                    fields.add(f.name() + "=" + value(r.get(f.pos()), f.schema()));
                }
                return fields.toString();
            }
            case UNION -> {
                for (Schema branch : schema.getTypes()) {
                    if (branch.getType() != Schema.Type.NULL) {
                        return value(value, branch);
                    }
                }
                return String.valueOf(value);
            }
            case ARRAY -> {
                StringJoiner items = new StringJoiner(", ", "[", "]");
                for (Object item : (Collection<?>) value) {
                    items.add(value(item, schema.getElementType()));
                }
                return items.toString();
            }
            case BYTES -> {
                LogicalType logical = schema.getLogicalType();
                ByteBuffer bytes = ((ByteBuffer) value).duplicate();
                if (logical instanceof LogicalTypes.Decimal decimal) {
                    byte[] unscaled = new byte[bytes.remaining()];
                    bytes.get(unscaled);
                    return new BigDecimal(new BigInteger(unscaled), decimal.getScale()).toPlainString();
                }
                return "<" + bytes.remaining() + " bytes>";
            }
            case LONG -> {
                return schema.getLogicalType() instanceof LogicalTypes.TimestampMillis
                        ? Instant.ofEpochMilli((Long) value).toString() : value.toString();
            }
            case INT -> {
                return schema.getLogicalType() instanceof LogicalTypes.Date
                        ? LocalDate.ofEpochDay((Integer) value).toString() : value.toString();
            }
            default -> {
                return value.toString();
            }
        }
    }
}
