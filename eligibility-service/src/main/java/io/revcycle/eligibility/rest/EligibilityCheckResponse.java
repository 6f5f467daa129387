package io.revcycle.eligibility.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.revcycle.eligibility.domain.CheckResult;
import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.eligibility.domain.InactiveReason;

public record EligibilityCheckResponse(String encounterId, String patientId, String payerId, String memberId,
        LocalDate dateOfService, CheckResult result, boolean coverageActive, InactiveReason reason,
        String coverageId, String planName, BigDecimal copay, BigDecimal coinsurancePercent,
        BigDecimal deductibleRemaining, UUID verifiedEventId, Instant checkedAt) {

    static EligibilityCheckResponse from(EligibilityCheck c) {
        return new EligibilityCheckResponse(c.encounterId, c.patientId, c.payerId, c.memberId, c.dateOfService,
                c.result, c.coverageActive(), c.reason, c.coverageId, c.planName, c.copay, c.coinsurancePercent,
                c.deductibleRemaining, c.verifiedEventId, c.checkedAt);
    }
}
