package io.revcycle.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain: each row's hash is SHA-256 over a canonical form of its fields and the previous row's hash, so
 * changing, removing or reordering a row breaks every later link. Each field is written as name, length and value,
 * so no two different rows share a canonical form.
 */
public final class AuditChain {

    /** The previous hash of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** PostgreSQL keeps microseconds: times are cut to them before hashing, so a stored row hashes the same. */
    public static Instant storable(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(AuditEntry e, String prevHash) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, "recorded", storable(e.recordedAt()).toString());
        field(canonical, "user", e.username());
        field(canonical, "roles", e.roles());
        field(canonical, "patient", e.patientId());
        field(canonical, "resource", e.resourceType());
        field(canonical, "resourceId", e.resourceId());
        field(canonical, "action", e.action().code());
        field(canonical, "method", e.httpMethod());
        field(canonical, "path", e.path());
        field(canonical, "status", Integer.toString(e.status()));
        field(canonical, "source", e.sourceAddress());
        field(canonical, "observer", e.observer());
        field(canonical, "prev", prevHash);
        return sha256(canonical.toString());
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append('=');
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('\n');
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
