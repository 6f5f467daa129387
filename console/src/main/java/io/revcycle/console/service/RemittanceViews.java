package io.revcycle.console.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The parts of remittance-service's JSON the ERA screens show, read leniently. No names or member ids. */
public final class RemittanceViews {

    private RemittanceViews() {
    }

    /** An 835 file; {@code transactions} only in the detail. */
    public record File(String fileId, String fileName, String senderId, String interchangeControlNumber,
            String status, int errorCount, List<String> findings, int transactionCount, int claimCount,
            Instant receivedAt, List<Transaction> transactions) {
    }

    /** One 835 transaction set: the payment (BPR) with its trace (TRN) and the claim payments (CLP) in it. */
    public record Transaction(String controlNumber, String handlingCode, BigDecimal paymentAmount,
            String paymentMethod, LocalDate paymentDate, String traceNumber, String payerId, String payerName,
            int claimCount, List<ClaimPayment> claimPayments) {
    }

    /** A claim payment (CLP): POSTED, UNMATCHED (no claim known by its patient control number) or DUPLICATE. */
    public record ClaimPayment(long id, String fileId, String traceNumber, String payerId,
            String patientControlNumber, String claimId, String disposition, String payerClaimControlNumber,
            String claimStatusCode, BigDecimal charge, BigDecimal paid, BigDecimal patientResponsibility,
            Instant receivedAt, Instant matchedAt, String matchedBy, String matchReason) {
    }

    /** A claim's remittance: totals over its postings, the newest posting's lines. */
    public record Remittance(String claimId, String payerId, String patientControlNumber,
            String payerClaimControlNumber, String claimStatusCode, String outcome, BigDecimal totalCharge,
            BigDecimal allowedAmount, BigDecimal paidAmount, BigDecimal patientResponsibility,
            BigDecimal contractualAdjustment, BigDecimal deniedAmount, String fileId, String traceNumber,
            Instant receivedAt, int postingCount, List<Line> lines, List<Posting> postings) {
    }

    public record Line(int lineNumber, String procedureCode, BigDecimal charge, BigDecimal allowed, BigDecimal paid,
            boolean denied, List<String> remarkCodes, List<Adjustment> adjustments) {
    }

    public record Adjustment(String groupCode, String reasonCode, BigDecimal amount) {
    }

    public record Posting(int sequence, long claimPaymentId, String fileId, String traceNumber, boolean reversal, String outcome,
            BigDecimal paidAmount, BigDecimal patientResponsibility, String matchedBy, String matchReason) {
    }

    public record Match(String claimId, String reason) {
    }
}
