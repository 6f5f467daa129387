package io.revcycle.console.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** revenue-insights' report as the console reads it (its JSON, revenue-insights/README.md). */
public final class KpiViews {

    private KpiViews() {
    }

    /** The instants are shown in the console's zone (config/ShownTimes). */
    public record Report(Instant asOf, Instant periodStart, Instant priorPeriodStart, int periodDays,
            int revenueWindowDays, Instant dataAsOf, List<Kpi> kpis, List<PayerAging> arAging,
            List<ParetoBar> denialPareto, List<QueuePoint> workQueues) {
    }

    public record Kpi(String key, String unit, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
            BigDecimal prior, BigDecimal target, boolean higherIsBetter, Boolean meetsTarget) {

        private static final Map<String, String> LABELS = Map.of(
                "netDaysInAr", "Net days in A/R",
                "cleanClaimRate", "Clean-claim rate",
                "firstPassResolutionRate", "First-pass resolution rate",
                "initialDenialRate", "Initial denial rate (claims)",
                "initialDenialDollarRate", "Initial denial rate (dollars)",
                "dnfbDays", "DNFB days",
                "arOver90Percent", "A/R over 90 days");

        public String label() {
            return LABELS.getOrDefault(key, key);
        }

        /** Which way the value moved against the prior period, in words a manager reads at a glance. */
        public String trend() {
            if (value == null || prior == null) {
                return "—";
            }
            int c = value.compareTo(prior);
            if (c == 0) {
                return "unchanged";
            }
            boolean better = higherIsBetter == c > 0;
            return (c > 0 ? "up" : "down") + (better ? ", better" : ", worse");
        }

        public String status() {
            return meetsTarget == null ? "no data" : meetsTarget ? "on target" : "off target";
        }
    }

    public record PayerAging(String payerId, BigDecimal days0To30, BigDecimal days31To60, BigDecimal days61To90,
            BigDecimal over90, BigDecimal total, BigDecimal percentOver90) {
    }

    public record ParetoBar(String category, String payerId, int count, BigDecimal amount,
            BigDecimal cumulativePercent) {
    }

    public record QueuePoint(String day, int codingSize, Integer codingOldestDays, int denialSize,
            Integer denialOldestDays) {
    }
}
