package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.time.Instant;

import io.revcycle.claims.domain.ClaimStatus;

/**
 * The payer's outcome for a submitted claim: the claim's totals after the posting and, when the event carried it,
 * what this one 835 claim payment said (the next payer's 837 repeats it).
 *
 * @param payerResponsibility SBR01 of the claim leg the 835 paid: P the claim's own payer, S, T a next payer
 */
public record RecordAdjudicationCommand(String claimId, ClaimStatus outcome, BigDecimal allowedAmount,
        BigDecimal paidAmount, BigDecimal patientResponsibility, BigDecimal contractualAdjustment,
        BigDecimal deniedAmount, Instant adjudicatedAt, String payerResponsibility, boolean reversal,
        PayerAdjudication posting) {

    public RecordAdjudicationCommand(String claimId, ClaimStatus outcome, BigDecimal allowedAmount,
            BigDecimal paidAmount, BigDecimal patientResponsibility, BigDecimal contractualAdjustment,
            BigDecimal deniedAmount, Instant adjudicatedAt) {
        this(claimId, outcome, allowedAmount, paidAmount, patientResponsibility, contractualAdjustment, deniedAmount,
                adjudicatedAt, "P", false, null);
    }

    public boolean forNextPayerLeg() {
        return !"P".equals(payerResponsibility);
    }
}
