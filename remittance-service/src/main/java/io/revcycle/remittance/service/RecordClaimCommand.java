package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.util.List;

/** Keep a copy of a submitted claim (from ClaimSubmitted) to match its remittance against. */
public record RecordClaimCommand(String claimId, String encounterId, String patientId, String payerId,
        BigDecimal totalCharge, List<Line> lines) {

    public record Line(int lineNumber, String procedureCode, int units, BigDecimal charge) {
    }
}
