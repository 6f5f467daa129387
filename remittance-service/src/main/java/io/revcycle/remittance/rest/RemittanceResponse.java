package io.revcycle.remittance.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.revcycle.remittance.domain.Outcome;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.RemittanceLine;
import io.revcycle.remittance.service.RemittanceQueries.RemittanceDetails;

/**
 * A posted remittance with the 835 it came from (file, TRN trace number), the patient-responsibility split, claim-level
 * adjustments and remarks (MOA/MIA), and its lines with REF*6R, CAS adjustments and LQ*HE remarks.
 */
public record RemittanceResponse(String claimId, String encounterId, String patientId, String payerId,
        String patientControlNumber, String payerClaimControlNumber, String claimStatusCode, PostingStatus status,
        Outcome outcome, BigDecimal totalCharge, BigDecimal allowedAmount, BigDecimal paidAmount,
        BigDecimal patientResponsibility, BigDecimal deductible, BigDecimal coinsurance, BigDecimal copay,
        BigDecimal contractualAdjustment, BigDecimal deniedAmount, String fileId, String traceNumber,
        Instant receivedAt, Instant postedAt, long duplicateRemittances, List<String> claimRemarkCodes,
        List<Adjustment> claimAdjustments, List<Line> lines) {

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

    static RemittanceResponse from(RemittanceDetails d) {
        Remittance r = d.remittance();
        var payment = d.payment();
        return new RemittanceResponse(r.claimId, r.encounterId, d.claim() == null ? null : d.claim().patientId,
                r.payerId, r.patientControlNumber, r.payerClaimControlNumber, r.claimStatusCode, PostingStatus.of(r),
                r.outcome, r.totalCharge, r.allowedAmount, r.paidAmount, r.patientResponsibility, r.deductible,
                r.coinsurance, r.copay, r.contractualAdjustment, r.deniedAmount,
                payment == null ? null : payment.transaction.file.fileId,
                payment == null ? null : payment.transaction.traceNumber, r.receivedAt, r.postedAt, d.duplicates(),
                List.copyOf(r.claimRemarkCodes),
                r.claimAdjustments.stream().map(a -> new Adjustment(a.groupCode, a.reasonCode, a.amount)).toList(),
                r.lines.stream().map(Line::from).toList());
    }
}
