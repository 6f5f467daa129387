package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.util.Set;

import io.revcycle.remittance.domain.Outcome;

/** What a remittance means for its claim, computed from its lines. */
public record Adjudication(Outcome outcome, BigDecimal allowedAmount, BigDecimal paidAmount,
        BigDecimal patientResponsibility, BigDecimal contractualAdjustment, BigDecimal deniedAmount,
        Set<Integer> deniedLines) {
}
