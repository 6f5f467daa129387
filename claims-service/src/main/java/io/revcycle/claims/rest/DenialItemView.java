package io.revcycle.claims.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.revcycle.claims.domain.DenialItem;
import io.revcycle.claims.domain.DenialStatus;

/** A denied line in the work queue (reasonCode is the CARC, remarkCodes the RARCs). */
public record DenialItemView(long id, String claimId, String encounterId, String payerId, int lineNumber,
        String procedureCode, String groupCode, String reasonCode, List<String> remarkCodes, BigDecimal amount,
        DenialStatus status, Instant createdAt) {

    static DenialItemView of(DenialItem d) {
        return new DenialItemView(d.id, d.claimId, d.encounterId, d.payerId, d.lineNumber, d.procedureCode,
                d.groupCode, d.reasonCode, List.copyOf(d.remarkCodes), d.amount, d.status, d.createdAt);
    }
}
