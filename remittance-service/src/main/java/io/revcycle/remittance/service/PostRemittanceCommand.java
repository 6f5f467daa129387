package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Post a payer's remittance for one claim: the content of one 835 CLP loop, its lines already matched to the claim's
 * lines (see ClaimLineMatcher).
 *
 * @param eventId   derived from the 835 file and the CLP's position, so a payment has one stable id
 * @param claimPaid CLP04, what the payer paid for the claim (the lines' payments less claim-level adjustments); null:
 *                  the sum of the lines' payments
 */
public record PostRemittanceCommand(UUID eventId, String claimId, String encounterId, String payerId,
        String patientControlNumber, String payerClaimControlNumber, String claimStatusCode, BigDecimal totalCharge,
        List<Line> lines, List<Adjustment> claimAdjustments, List<String> claimRemarkCodes, BigDecimal claimPaid) {

    public PostRemittanceCommand {
        claimAdjustments = claimAdjustments == null ? List.of() : List.copyOf(claimAdjustments);
        claimRemarkCodes = claimRemarkCodes == null ? List.of() : List.copyOf(claimRemarkCodes);
    }

    public PostRemittanceCommand(UUID eventId, String claimId, String encounterId, String payerId,
            String patientControlNumber, String payerClaimControlNumber, String claimStatusCode,
            BigDecimal totalCharge, List<Line> lines, List<Adjustment> claimAdjustments,
            List<String> claimRemarkCodes) {
        this(eventId, claimId, encounterId, payerId, patientControlNumber, payerClaimControlNumber, claimStatusCode,
                totalCharge, lines, claimAdjustments, claimRemarkCodes, null);
    }

    /**
     * @param lineNumber            the claim's line number (837 LX), from REF*6R or by position / procedure
     * @param lineItemControlNumber REF*6R as received, null when absent
     * @param unitsPaid             SVC05, null when absent
     */
    public record Line(int lineNumber, String procedureCode, String lineItemControlNumber, BigDecimal unitsPaid,
            BigDecimal charge, BigDecimal allowed, BigDecimal paid, List<Adjustment> adjustments,
            List<String> remarkCodes) {
    }

    public record Adjustment(String groupCode, String reasonCode, BigDecimal amount) {
    }
}
