package io.revcycle.x12.eligibility;

import java.math.BigDecimal;

/**
 * HSD: how often benefits are delivered, e.g. 1 visit (HSD01 VS, HSD02 1) per day (HSD03 DA), or 12 visits per
 * calendar year (HSD05 22 with HSD06 periods).
 */
public record ServiceDelivery(String quantityQualifier, BigDecimal quantity, String unit, BigDecimal sampleModulus,
        String timePeriod, Integer periods, String deliveryPattern, String deliveryTime) {
}
