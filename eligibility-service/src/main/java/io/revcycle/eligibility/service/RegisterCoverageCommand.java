package io.revcycle.eligibility.service;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Puts a coverage on file; {@code coverageId} null means "generate one", {@code effectiveTo} null open-ended. */
public record RegisterCoverageCommand(String coverageId, String patientId, String payerId, String payerName,
        String memberId, String planName, LocalDate effectiveFrom, LocalDate effectiveTo, BigDecimal copay,
        BigDecimal coinsurancePercent, BigDecimal deductibleRemaining) {
}
