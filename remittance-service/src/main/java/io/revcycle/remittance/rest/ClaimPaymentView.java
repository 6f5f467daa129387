package io.revcycle.remittance.rest;

import java.math.BigDecimal;
import java.time.Instant;

import io.revcycle.remittance.domain.ClaimPayment;

/**
 * One 835 CLP as received and what became of it (POSTED, UNMATCHED, DUPLICATE; REVERSAL on rows from before reversals
 * were posted), with who matched it by hand and why.
 */
public record ClaimPaymentView(long id, String fileId, String traceNumber, String payerId,
        String patientControlNumber, String claimId, ClaimPayment.Disposition disposition,
        String payerClaimControlNumber, String claimStatusCode, BigDecimal charge, BigDecimal paid,
        BigDecimal patientResponsibility, Instant receivedAt, Instant matchedAt, String matchedBy,
        String matchReason) {

    static ClaimPaymentView from(ClaimPayment p) {
        return new ClaimPaymentView(p.id, p.transaction.file.fileId, p.transaction.traceNumber, p.transaction.payerId,
                p.patientControlNumber, p.claimId, p.disposition, p.payerClaimControlNumber, p.claimStatusCode,
                p.charge, p.paid, p.patientResponsibility, p.receivedAt, p.matchedAt, p.matchedBy, p.matchReason);
    }
}
