package io.revcycle.claims.domain;

import java.time.Instant;

/** Values of native-query columns as the domain uses them. */
public final class NativeColumns {

    private NativeColumns() {
    }

    /** A timestamptz column: Hibernate answers Instant, OffsetDateTime or Timestamp by version and settings. */
    public static Instant instant(Object column) {
        if (column instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (column instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return (Instant) column;
    }
}
