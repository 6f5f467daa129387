package io.revcycle.insights.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The managers' KPIs as of one moment over one period, with the prior period of the same length just before it.
 * {@code dataAsOf} is the newest event the read model had taken in by then (null: none yet).
 */
public record KpiReport(Instant asOf, Instant periodStart, Instant priorPeriodStart, int periodDays,
        int revenueWindowDays, Instant dataAsOf, List<Kpi> kpis, List<PayerAging> arAging, List<ParetoBar> denialPareto,
        List<QueuePoint> workQueues) {

    /**
     * One headline KPI: value = numerator ÷ denominator (× 100 for a percentage, × the revenue window's days for a
     * day count), null when the denominator is zero. {@code higherIsBetter} says which side of the target is good.
     */
    public record Kpi(String key, String unit, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            BigDecimal prior, BigDecimal target, boolean higherIsBetter) {

        /** Null when there is no value to compare. */
        @JsonProperty("meetsTarget")
        public Boolean meetsTarget() {
            if (value == null || target == null) {
                return null;
            }
            int c = value.compareTo(target);
            return higherIsBetter ? c >= 0 : c <= 0;
        }
    }

    /** A payer's billed A/R by age since the date of service (days 0-30, 31-60, 61-90, over 90). */
    public record PayerAging(String payerId, BigDecimal days0To30, BigDecimal days31To60, BigDecimal days61To90,
            BigDecimal over90, BigDecimal total, BigDecimal percentOver90) {
    }

    /** Denials of one category from one payer in the period, largest amount first; cumulative share of the dollars. */
    public record ParetoBar(String category, String payerId, int count, BigDecimal amount,
            BigDecimal cumulativePercent) {
    }

    /** The coding queue and the denial queue at the end of one day of the period: size and oldest age in days. */
    public record QueuePoint(LocalDate day, int codingSize, Integer codingOldestDays, int denialSize,
            Integer denialOldestDays) {
    }
}
