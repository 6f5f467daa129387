package io.revcycle.eligibility.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.revcycle.eligibility.domain.Coverage;

public record CoverageResponse(String coverageId, String patientId, String payerId, String payerName,
        String memberId, String planName, LocalDate effectiveFrom, LocalDate effectiveTo, BigDecimal copay,
        BigDecimal coinsurancePercent, BigDecimal deductibleRemaining, Instant createdAt, Instant updatedAt) {

    static CoverageResponse from(Coverage c) {
        return new CoverageResponse(c.coverageId, c.patientId, c.payerId, c.payerName, c.memberId, c.planName,
                c.effectiveFrom, c.effectiveTo, c.copay, c.coinsurancePercent, c.deductibleRemaining, c.createdAt,
                c.updatedAt);
    }
}
