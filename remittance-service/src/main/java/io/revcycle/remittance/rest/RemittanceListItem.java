package io.revcycle.remittance.rest;

import java.math.BigDecimal;
import java.time.Instant;

import io.revcycle.remittance.domain.Outcome;
import io.revcycle.remittance.domain.Remittance;

public record RemittanceListItem(String claimId, String payerId, PostingStatus status, Outcome outcome,
        BigDecimal totalCharge, BigDecimal paidAmount, BigDecimal patientResponsibility, BigDecimal deniedAmount,
        Instant receivedAt, Instant postedAt) {

    static RemittanceListItem from(Remittance r) {
        return new RemittanceListItem(r.claimId, r.payerId, PostingStatus.of(r), r.outcome, r.totalCharge,
                r.paidAmount, r.patientResponsibility, r.deniedAmount, r.receivedAt, r.postedAt);
    }
}
