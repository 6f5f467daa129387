package io.revcycle.claims.domain;

import java.math.BigDecimal;

/** The eligibility half of a claim's intake: coverage state and the member's expected benefits. */
public record EligibilityResult(boolean coverageActive, String inactiveReason, String coverageId, BigDecimal copay,
        BigDecimal coinsurancePercent, BigDecimal deductibleRemaining) {
}
