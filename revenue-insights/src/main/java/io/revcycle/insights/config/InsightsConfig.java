package io.revcycle.insights.config;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of revenue-insights (prefix {@code revcycle.insights}); definitions in docs/kpis.md. */
@ConfigMapping(prefix = "revcycle.insights")
public interface InsightsConfig {

    /** Days of revenue the day-based KPIs divide by (net days in A/R, DNFB days): HFMA's three months. */
    @WithDefault("90")
    int revenueWindowDays();

    /** Days of the reporting period when a request names none; the prior period is as long, just before it. */
    @WithDefault("30")
    int periodDays();

    Targets targets();

    /** The organisation's targets; HFMA publishes definitions, not targets. */
    interface Targets {
        BigDecimal netDaysInAr();

        BigDecimal cleanClaimRate();

        BigDecimal firstPassResolutionRate();

        BigDecimal initialDenialRate();

        BigDecimal initialDenialDollarRate();

        BigDecimal dnfbDays();

        BigDecimal arOver90Percent();
    }
}
