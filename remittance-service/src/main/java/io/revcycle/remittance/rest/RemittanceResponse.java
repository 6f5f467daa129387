package io.revcycle.remittance.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.revcycle.remittance.domain.Outcome;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.RemittanceAdjustment;
import io.revcycle.remittance.domain.RemittanceLine;
import io.revcycle.remittance.service.RemittanceQueries.RemittanceDetails;

/** A remittance with its lines, adjustments and remarks; patientId is null while the claim is unknown. */
public record RemittanceResponse(String claimId, String encounterId, String patientId, String payerId,
        String payerClaimControlNumber, String claimStatusCode, PostingStatus status, Outcome outcome,
        BigDecimal totalCharge, BigDecimal allowedAmount, BigDecimal paidAmount, BigDecimal patientResponsibility,
        BigDecimal contractualAdjustment, BigDecimal deniedAmount, Instant receivedAt, Instant postedAt,
        long duplicateRemittances, List<Line> lines) {

    public record Line(int lineNumber, String procedureCode, BigDecimal charge, BigDecimal allowed, BigDecimal paid,
            boolean denied, List<String> remarkCodes, List<Adjustment> adjustments) {

        static Line from(RemittanceLine l) {
            return new Line(l.lineNumber, l.procedureCode, l.charge, l.allowed, l.paid, l.denied,
                    List.copyOf(l.remarkCodes), l.adjustments.stream().map(Adjustment::from).toList());
        }
    }

    public record Adjustment(String groupCode, String reasonCode, BigDecimal amount) {

        static Adjustment from(RemittanceAdjustment a) {
            return new Adjustment(a.groupCode, a.reasonCode, a.amount);
        }
    }

    static RemittanceResponse from(RemittanceDetails d) {
        Remittance r = d.remittance();
        return new RemittanceResponse(r.claimId, r.encounterId, d.claim() == null ? null : d.claim().patientId,
                r.payerId, r.payerClaimControlNumber, r.claimStatusCode, PostingStatus.of(r), r.outcome,
                r.totalCharge, r.allowedAmount, r.paidAmount, r.patientResponsibility, r.contractualAdjustment,
                r.deniedAmount, r.receivedAt, r.postedAt, d.duplicates(),
                r.lines.stream().map(Line::from).toList());
    }
}
