package io.revcycle.remittance.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.revcycle.remittance.domain.ClaimPayment;
import io.revcycle.remittance.domain.Outcome;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.RemittanceLine;
import io.revcycle.remittance.service.ClaimTotals;
import io.revcycle.remittance.service.RemittanceQueries.RemittanceDetails;

/**
 * A claim's remittances: the amounts are the claim's totals over every posting (each the exact sum of what its 835
 * claim payments said); the file, trace number, status code, payer claim control number, remarks, claim-level
 * adjustments and lines are those of the newest posting; {@code postings} lists each one in full, oldest first.
 * {@code reversed}: a reversal (CLP02 22) took back every payment and no correction has come yet.
 */
public record RemittanceResponse(String claimId, String encounterId, String patientId, String payerId,
        String patientControlNumber, String payerClaimControlNumber, String claimStatusCode, PostingStatus status,
        Outcome outcome, BigDecimal totalCharge, BigDecimal allowedAmount, BigDecimal paidAmount,
        BigDecimal patientResponsibility, BigDecimal deductible, BigDecimal coinsurance, BigDecimal copay,
        BigDecimal contractualAdjustment, BigDecimal deniedAmount, BigDecimal adjustedAmount, BigDecimal interest,
        String fileId, String traceNumber, Instant receivedAt, Instant postedAt, long duplicateRemittances,
        int postingCount, List<String> claimRemarkCodes, List<Adjustment> claimAdjustments, List<Line> lines,
        List<Adjustment> adjustmentTotals, List<Posting> postings, boolean reversed) {

    public record Line(int lineNumber, String lineItemControlNumber, String procedureCode, BigDecimal unitsPaid,
            BigDecimal charge, BigDecimal allowed, BigDecimal paid, boolean denied, List<String> remarkCodes,
            List<Adjustment> adjustments) {

        static Line from(RemittanceLine l) {
            return new Line(l.lineNumber, l.lineItemControlNumber, l.procedureCode, l.unitsPaid, l.charge, l.allowed,
                    l.paid, l.denied, List.copyOf(l.remarkCodes),
                    l.adjustments.stream().map(a -> new Adjustment(a.groupCode, a.reasonCode, a.amount)).toList());
        }
    }

    public record Adjustment(String groupCode, String reasonCode, BigDecimal amount) {
    }

    /**
     * One posted 835 claim payment: a payment, a further partial payment, a reversal (CLP02 22, negative amounts,
     * {@code reversesSequence} the posting it takes back) or a correction; {@code paymentDate} the 835's BPR16 (else
     * its DTM*405); {@code matchedBy}/{@code matchReason} when it was matched by hand from the unmatched queue.
     */
    public record Posting(int sequence, long claimPaymentId, String fileId, String traceNumber,
            String claimStatusCode, String payerClaimControlNumber, boolean reversal, Integer reversesSequence,
            Outcome outcome, BigDecimal totalCharge, BigDecimal allowedAmount, BigDecimal paidAmount,
            BigDecimal patientResponsibility, BigDecimal deductible, BigDecimal coinsurance, BigDecimal copay,
            BigDecimal contractualAdjustment, BigDecimal deniedAmount, BigDecimal adjustedAmount, BigDecimal interest,
            Instant postedAt, LocalDate paymentDate, String matchedBy, String matchReason,
            List<String> claimRemarkCodes, List<Adjustment> claimAdjustments, List<Line> lines) {

        static Posting from(Remittance r, ClaimPayment p, List<Remittance> all) {
            Integer reverses = r.reversesRemittanceId == null ? null : all.stream()
                    .filter(o -> r.reversesRemittanceId.equals(o.id)).map(o -> o.sequence).findFirst().orElse(null);
            return new Posting(r.sequence, r.claimPaymentId == null ? 0 : r.claimPaymentId,
                    p == null ? null : p.transaction.file.fileId, p == null ? null : p.transaction.traceNumber,
                    r.claimStatusCode, r.payerClaimControlNumber, r.reversal, reverses, r.outcome, r.totalCharge,
                    r.allowedAmount, r.paidAmount, r.patientResponsibility, r.deductible, r.coinsurance, r.copay,
                    r.contractualAdjustment, r.deniedAmount, r.adjustedAmount, r.interest, r.postedAt,
                    r.paymentDate, p == null ? null : p.matchedBy, p == null ? null : p.matchReason, List.copyOf(r.claimRemarkCodes),
                    claimAdjustmentsOf(r), r.lines.stream().map(Line::from).toList());
        }
    }

    static RemittanceResponse from(RemittanceDetails d) {
        Remittance first = d.postings().get(0);
        Remittance r = d.latest();
        ClaimPayment payment = d.payments().get(r.id);
        ClaimTotals t = d.totals();
        return new RemittanceResponse(r.claimId, r.encounterId, d.claim() == null ? null : d.claim().patientId,
                r.payerId, r.patientControlNumber, r.payerClaimControlNumber, r.claimStatusCode, PostingStatus.of(r),
                t.outcome(), d.claim() == null ? first.totalCharge : d.claim().totalCharge, t.allowedAmount(),
                t.paidAmount(), t.patientResponsibility(), t.deductible(), t.coinsurance(), t.copay(),
                t.contractualAdjustment(), t.deniedAmount(), t.adjustedAmount(), t.interest(),
                payment == null ? null : payment.transaction.file.fileId,
                payment == null ? null : payment.transaction.traceNumber, first.receivedAt, r.postedAt,
                d.duplicates(), t.postings(), List.copyOf(r.claimRemarkCodes), claimAdjustmentsOf(r),
                r.lines.stream().map(Line::from).toList(),
                t.adjustments().stream().map(a -> new Adjustment(a.groupCode(), a.reasonCode(), a.amount())).toList(),
                d.postings().stream().map(p -> Posting.from(p, d.payments().get(p.id), d.postings())).toList(),
                t.reversed());
    }

    private static List<Adjustment> claimAdjustmentsOf(Remittance r) {
        return r.claimAdjustments.stream().map(a -> new Adjustment(a.groupCode, a.reasonCode, a.amount)).toList();
    }
}
