package io.revcycle.eligibility.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One cost-sharing benefit of a 271 (an EB segment with EB01 A, B, C or G).
 *
 * @param timePeriod EB06 time period qualifier: 23 calendar year, 27 visit, 29 remaining, 32 lifetime...
 * @param amount     EB07 (copay, deductible, out-of-pocket amounts), null for coinsurance
 * @param percent    EB08 as a percentage (20.00 = 20 %), null unless coinsurance
 */
public record BenefitLine(BenefitKind kind, String coverageLevel, List<String> serviceTypes, String timePeriod,
        Network network, BigDecimal amount, BigDecimal percent) {

    public static final String REMAINING = "29";

    public BenefitLine {
        serviceTypes = serviceTypes == null ? List.of() : List.copyOf(serviceTypes);
    }

    /** States the benefit for this service type (no service types, or 30 health benefit plan coverage, is general). */
    public boolean appliesTo(String serviceType) {
        return serviceTypes.isEmpty() || serviceTypes.contains(serviceType) || serviceTypes.contains("30");
    }

    public boolean specificTo(String serviceType) {
        return serviceTypes.contains(serviceType);
    }

    public boolean individual() {
        return coverageLevel == null || "IND".equals(coverageLevel);
    }
}
