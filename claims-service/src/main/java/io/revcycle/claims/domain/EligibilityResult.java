package io.revcycle.claims.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The eligibility half of a claim's intake: coverage state, the member's expected benefits (each null when the check
 * did not know it: EligibilityVerified carries unknown benefits as null) and when the check was made (null when not
 * known).
 */
public record EligibilityResult(boolean coverageActive, String inactiveReason, String coverageId, BigDecimal copay,
        BigDecimal coinsurancePercent, BigDecimal deductibleRemaining, Instant checkedAt) {
}
