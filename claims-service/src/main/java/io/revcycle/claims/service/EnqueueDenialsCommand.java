package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Denied lines of a claim to put in the billers' work queue. */
public record EnqueueDenialsCommand(UUID eventId, String claimId, String encounterId, String payerId,
        List<DeniedLine> lines) {

    public record DeniedLine(int lineNumber, String procedureCode, String groupCode, String reasonCode,
            List<String> remarkCodes, BigDecimal amount) {
    }
}
