package io.revcycle.remittance.rest;

import java.math.BigDecimal;
import java.time.Instant;

import io.revcycle.remittance.domain.Outcome;
import io.revcycle.remittance.domain.Remittance;

/** One posting (an 835 claim payment posted to its claim; a claim may have several, see {@code sequence}). */
public record RemittanceListItem(String claimId, int sequence, boolean reversal, String claimStatusCode,
        String payerId, PostingStatus status, Outcome outcome, BigDecimal totalCharge, BigDecimal paidAmount,
        BigDecimal patientResponsibility, BigDecimal deniedAmount, Instant receivedAt, Instant postedAt) {

    static RemittanceListItem from(Remittance r) {
        return new RemittanceListItem(r.claimId, r.sequence, r.reversal, r.claimStatusCode, r.payerId,
                PostingStatus.of(r), r.outcome, r.totalCharge, r.paidAmount, r.patientResponsibility, r.deniedAmount,
                r.receivedAt, r.postedAt);
    }
}
