package io.revcycle.coding.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which finalized items go to second-level review: a share of them, chosen by a hash of the encounter id rather than
 * at random, so the choice is the same on every instance and on a redelivered finalization, and a coder cannot tell
 * in advance (the ids come from the EHR).
 */
public final class AuditSampler {

    private AuditSampler() {
    }

    /** {@code percent} of 0 samples nothing, 100 everything. */
    public static boolean chosen(String encounterId, int percent) {
        if (percent <= 0) {
            return false;
        }
        if (percent >= 100) {
            return true;
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(encounterId.getBytes(StandardCharsets.UTF_8));
            int bucket = Math.floorMod(((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8)
                    | (h[3] & 0xff), 10_000);
            return bucket < percent * 100;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
