package io.revcycle.payersim.service;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.payersim.config.PayerSimulatorConfig;

/**
 * Which accepted claims the payer sits on (revcycle.payer.sit-on-claims): those of the configured members, and a
 * share of the others chosen by a checksum of the patient control number, so the same claim is always chosen alike.
 */
@ApplicationScoped
public class ClaimSitting {

    private static final int BUCKETS = 10_000;

    private final List<String> members;
    private final double share;

    public ClaimSitting(PayerSimulatorConfig config) {
        this.members = config.sitOnClaims().members().orElse(List.of());
        this.share = config.sitOnClaims().share();
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("revcycle.payer.sit-on-claims.share must be between 0 and 1: " + share);
        }
    }

    public boolean sitsOn(String memberId, String patientControlNumber) {
        if (memberId != null && members.contains(memberId)) {
            return true;
        }
        if (share <= 0 || patientControlNumber == null) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(patientControlNumber.getBytes(StandardCharsets.US_ASCII));
        return crc.getValue() % BUCKETS < Math.round(share * BUCKETS);
    }
}
