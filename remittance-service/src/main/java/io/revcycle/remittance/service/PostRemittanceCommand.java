package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Post a payer's remittance for one claim (from RemittanceReceived, the content of an 835 CLP loop). */
public record PostRemittanceCommand(UUID eventId, String claimId, String encounterId, String payerId,
        String payerClaimControlNumber, String claimStatusCode, BigDecimal totalCharge, List<Line> lines) {

    public record Line(int lineNumber, String procedureCode, BigDecimal charge, BigDecimal allowed, BigDecimal paid,
            List<Adjustment> adjustments, List<String> remarkCodes) {
    }

    public record Adjustment(String groupCode, String reasonCode, BigDecimal amount) {
    }
}
