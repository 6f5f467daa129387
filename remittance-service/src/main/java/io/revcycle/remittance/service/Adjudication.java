package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.util.Set;

import io.revcycle.remittance.domain.Outcome;

/**
 * What a remittance means for its claim, computed from its lines (and claim-level adjustments). The patient
 * responsibility is split into deductible (PR-1), coinsurance (PR-2) and copay (PR-3); other PR reasons count only in
 * the total. {@code adjustedAmount} is every CAS amount, claim and line level, of every group.
 */
public record Adjudication(Outcome outcome, BigDecimal allowedAmount, BigDecimal paidAmount,
        BigDecimal patientResponsibility, BigDecimal contractualAdjustment, BigDecimal deniedAmount,
        BigDecimal deductible, BigDecimal coinsurance, BigDecimal copay, Set<Integer> deniedLines,
        BigDecimal adjustedAmount) {
}
