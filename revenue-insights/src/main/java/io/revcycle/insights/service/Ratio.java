package io.revcycle.insights.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A KPI's numerator, denominator and value; the value is null when the denominator is zero (nothing to measure). */
record Ratio(BigDecimal numerator, BigDecimal denominator, BigDecimal value) {

    static Ratio percent(long numerator, long denominator) {
        return percent(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    static Ratio percent(BigDecimal numerator, BigDecimal denominator) {
        return new Ratio(numerator, denominator, denominator.signum() == 0 ? null
                : numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP));
    }

    /** Days: an amount over the average day's amount of a window, i.e. amount × days ÷ the window's total. */
    static Ratio days(BigDecimal amount, BigDecimal windowTotal, int windowDays) {
        return new Ratio(amount, windowTotal, windowTotal.signum() == 0 ? null
                : amount.multiply(BigDecimal.valueOf(windowDays)).divide(windowTotal, 1, RoundingMode.HALF_UP));
    }
}
