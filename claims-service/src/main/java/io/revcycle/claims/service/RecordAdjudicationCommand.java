package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.time.Instant;

import io.revcycle.claims.domain.ClaimStatus;

/** The payer's outcome for a submitted claim. */
public record RecordAdjudicationCommand(String claimId, ClaimStatus outcome, BigDecimal allowedAmount,
        BigDecimal paidAmount, BigDecimal patientResponsibility, BigDecimal contractualAdjustment,
        BigDecimal deniedAmount, Instant adjudicatedAt) {
}
