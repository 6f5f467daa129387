package io.revcycle.insights.service;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.insights.config.InsightsConfig;
import io.revcycle.insights.service.KpiReport.Kpi;

/** The managers' report: each KPI for the period and the prior period, with its target. */
@ApplicationScoped
public class KpiService {

    private final FactStore facts;
    private final InsightsConfig config;

    public KpiService(FactStore facts, InsightsConfig config) {
        this.facts = facts;
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KpiReport report(Instant asOf, Integer periodDays) {
        int days = periodDays == null ? config.periodDays() : periodDays;
        Instant start = asOf.minus(Duration.ofDays(days));
        Instant priorStart = start.minus(Duration.ofDays(days));
        KpiCalculator calc = new KpiCalculator(facts.upTo(asOf), config.revenueWindowDays());
        InsightsConfig.Targets targets = config.targets();
        List<Kpi> kpis = List.of(
                kpi("netDaysInAr", "days", t -> calc.netDaysInAr(t), asOf, start, targets.netDaysInAr(), false),
                kpi("cleanClaimRate", "%", t -> calc.cleanClaimRate(t.minus(Duration.ofDays(days)), t), asOf, start,
                        targets.cleanClaimRate(), true),
                kpi("firstPassResolutionRate", "%",
                        t -> calc.firstPassResolutionRate(t.minus(Duration.ofDays(days)), t), asOf, start,
                        targets.firstPassResolutionRate(), true),
                kpi("initialDenialRate", "%", t -> calc.initialDenialRate(t.minus(Duration.ofDays(days)), t), asOf,
                        start, targets.initialDenialRate(), false),
                kpi("initialDenialDollarRate", "%",
                        t -> calc.initialDenialDollarRate(t.minus(Duration.ofDays(days)), t), asOf, start,
                        targets.initialDenialDollarRate(), false),
                kpi("dnfbDays", "days", t -> calc.dnfbDays(t), asOf, start, targets.dnfbDays(), false),
                kpi("arOver90Percent", "%", t -> overNinety(calc, t), asOf, start, targets.arOver90Percent(), false));
        return new KpiReport(asOf, start, priorStart, days, config.revenueWindowDays(), calc.dataAsOf(asOf), kpis,
                calc.arAging(asOf), calc.denialPareto(start, asOf), calc.workQueues(start, days));
    }

    /** The value at the period's end and at the prior period's end (= the period's start). */
    private static Kpi kpi(String key, String unit, Function<Instant, Ratio> at, Instant asOf, Instant start,
            BigDecimal target, boolean higherIsBetter) {
        Ratio now = at.apply(asOf);
        return new Kpi(key, unit, now.value(), now.numerator(), now.denominator(), at.apply(start).value(), target,
                higherIsBetter);
    }

    private static Ratio overNinety(KpiCalculator calc, Instant t) {
        List<KpiReport.PayerAging> rows = calc.arAging(t);
        KpiReport.PayerAging total = rows.get(rows.size() - 1);
        return Ratio.percent(total.over90(), total.total());
    }
}
