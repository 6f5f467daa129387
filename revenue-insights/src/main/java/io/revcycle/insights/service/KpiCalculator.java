package io.revcycle.insights.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.revcycle.insights.domain.EventFact;
import io.revcycle.insights.domain.FactKind;
import io.revcycle.insights.service.KpiReport.ParetoBar;
import io.revcycle.insights.service.KpiReport.PayerAging;
import io.revcycle.insights.service.KpiReport.QueuePoint;

/**
 * The KPI arithmetic over fact rows, with no database: docs/kpis.md is its specification. Percentages and day
 * counts are rounded once, half up, to one decimal; money stays exact (scale 2).
 */
final class KpiCalculator {

    static final Set<String> CLOSING_ACTIONS = Set.of("CORRECTED", "VOIDED", "APPEALED", "WRITTEN_OFF", "RESOLVED");
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final List<EventFact> facts;
    private final int revenueWindowDays;

    /** @param facts every fact up to the latest moment asked about, oldest first */
    KpiCalculator(List<EventFact> facts, int revenueWindowDays) {
        this.facts = facts;
        this.revenueWindowDays = revenueWindowDays;
    }

    private List<EventFact> upTo(Instant t) {
        return facts.stream().filter(f -> !f.occurredAt.isAfter(t)).toList();
    }

    private Collection<ClaimState> claimsAt(Instant t) {
        Map<String, ClaimState> claims = new LinkedHashMap<>();
        for (EventFact f : upTo(t)) {
            if (f.claimId != null && f.primaryLeg()) {
                claims.computeIfAbsent(f.claimId, ClaimState::new).apply(f);
            }
        }
        return claims.values();
    }

    private static boolean within(Instant at, Instant start, Instant end) {
        return at != null && at.isAfter(start) && !at.isAfter(end);
    }

    /** Claims first submitted in (start, end] without a hold or rejection by end, over all first submitted then. */
    Ratio cleanClaimRate(Instant start, Instant end) {
        List<ClaimState> submitted = claimsAt(end).stream().filter(c -> within(c.firstSubmittedAt, start, end))
                .toList();
        long clean = submitted.stream().filter(c -> !c.heldOrRejected).count();
        return Ratio.percent(clean, submitted.size());
    }

    private List<ClaimState> firstAdjudicatedIn(Instant start, Instant end) {
        return claimsAt(end).stream().filter(c -> c.firstAdjudication != null
                && within(c.firstAdjudication.occurredAt, start, end)).toList();
    }

    /** Claims whose first adjudication in the period denied anything, over all first adjudicated in it. */
    Ratio initialDenialRate(Instant start, Instant end) {
        List<ClaimState> adjudicated = firstAdjudicatedIn(start, end);
        long denied = adjudicated.stream().filter(c -> c.firstAdjudication.denied.signum() > 0).count();
        return Ratio.percent(denied, adjudicated.size());
    }

    /** Dollars denied on first adjudications in the period, over those claims' charges. */
    Ratio initialDenialDollarRate(Instant start, Instant end) {
        List<ClaimState> adjudicated = firstAdjudicatedIn(start, end);
        BigDecimal denied = sum(adjudicated.stream().map(c -> c.firstAdjudication.denied).toList());
        BigDecimal charged = sum(adjudicated.stream().map(c -> c.firstAdjudication.charge).toList());
        return Ratio.percent(denied, charged);
    }

    /** Claims paid in full at their first adjudication, sent once, never held or rejected, over all first adjudicated. */
    Ratio firstPassResolutionRate(Instant start, Instant end) {
        List<ClaimState> adjudicated = firstAdjudicatedIn(start, end);
        long resolved = adjudicated.stream().filter(c -> "PAID".equals(c.firstAdjudication.detail)
                && c.firstAdjudication.denied.signum() == 0 && c.submissionsBeforeAdjudication == 1
                && !c.reworkedBeforeAdjudication).count();
        return Ratio.percent(resolved, adjudicated.size());
    }

    /**
     * Net A/R at t over the average day's net revenue of the revenue window before t. Net A/R: adjudicated claims'
     * open balances, plus not yet adjudicated claims' charges at the window's realization (allowed ÷ charge).
     */
    Ratio netDaysInAr(Instant t) {
        Collection<ClaimState> claims = claimsAt(t);
        Instant windowStart = t.minus(Duration.ofDays(revenueWindowDays));
        List<ClaimState> recent = claims.stream().filter(c -> c.firstAdjudication != null
                && within(c.firstAdjudication.occurredAt, windowStart, t)).toList();
        BigDecimal allowed = sum(recent.stream().map(c -> c.latestAdjudication.allowed).toList());
        BigDecimal recentCharges = sum(recent.stream().map(c -> c.latestAdjudication.charge).toList());
        List<ClaimState> open = claims.stream().filter(ClaimState::inAr).toList();
        BigDecimal adjudicatedOpen = sum(open.stream().map(ClaimState::adjudicatedBalance)
                .filter(b -> b != null).toList());
        BigDecimal pendingCharges = sum(open.stream().filter(c -> c.latestAdjudication == null).map(c -> c.charge)
                .toList());
        BigDecimal pendingNet = recentCharges.signum() == 0 ? pendingCharges
                : pendingCharges.multiply(allowed).divide(recentCharges, 2, RoundingMode.HALF_UP);
        return Ratio.days(adjudicatedOpen.add(pendingNet), allowed, revenueWindowDays);
    }

    /** Expected charges of encounters documented but not billed by t, over the average day's billed charges. */
    Ratio dnfbDays(Instant t) {
        List<EventFact> known = upTo(t);
        Set<String> billed = new HashSet<>();
        known.stream().filter(f -> f.kind == FactKind.SUBMITTED).forEach(f -> billed.add(f.encounterId));
        Map<String, BigDecimal> unbilled = new LinkedHashMap<>();
        known.stream().filter(f -> f.kind == FactKind.DOCUMENTED && !billed.contains(f.encounterId))
                .forEach(f -> unbilled.put(f.encounterId, f.charge == null ? ZERO : f.charge));
        Instant windowStart = t.minus(Duration.ofDays(revenueWindowDays));
        BigDecimal gross = sum(claimsAt(t).stream().filter(c -> within(c.firstSubmittedAt, windowStart, t))
                .map(c -> c.firstSubmittedCharge).toList());
        return Ratio.days(sum(unbilled.values()), gross, revenueWindowDays);
    }

    /** Billed A/R by payer and age since the date of service at t; the last row (payer null) is the total. */
    List<PayerAging> arAging(Instant t) {
        LocalDate today = LocalDate.ofInstant(t, ZoneOffset.UTC);
        Map<String, BigDecimal[]> byPayer = new TreeMap<>();
        for (ClaimState c : claimsAt(t)) {
            if (!c.inAr()) {
                continue;
            }
            BigDecimal balance = c.latestAdjudication == null ? c.charge : c.adjudicatedBalance();
            if (balance.signum() <= 0) {
                continue;
            }
            long age = ChronoUnit.DAYS.between(c.dateOfService, today);
            int bucket = age <= 30 ? 0 : age <= 60 ? 1 : age <= 90 ? 2 : 3;
            BigDecimal[] row = byPayer.computeIfAbsent(c.payerId, p -> new BigDecimal[] { ZERO, ZERO, ZERO, ZERO });
            row[bucket] = row[bucket].add(balance);
        }
        List<PayerAging> rows = new ArrayList<>();
        BigDecimal[] total = { ZERO, ZERO, ZERO, ZERO };
        byPayer.forEach((payer, row) -> {
            rows.add(aging(payer, row));
            for (int i = 0; i < 4; i++) {
                total[i] = total[i].add(row[i]);
            }
        });
        rows.add(aging(null, total));
        return rows;
    }

    private static PayerAging aging(String payer, BigDecimal[] row) {
        BigDecimal total = row[0].add(row[1]).add(row[2]).add(row[3]);
        return new PayerAging(payer, row[0], row[1], row[2], row[3], total, Ratio.percent(row[3], total).value());
    }

    /** Denials raised in the period by category and payer, largest amount first. */
    List<ParetoBar> denialPareto(Instant start, Instant end) {
        Map<List<String>, BigDecimal> amounts = new HashMap<>();
        Map<List<String>, Integer> counts = new HashMap<>();
        upTo(end).stream().filter(f -> f.kind == FactKind.DENIED && f.primaryLeg() && within(f.occurredAt, start, end))
                .forEach(f -> {
                    List<String> key = List.of(f.category == null ? "UNCLASSIFIED" : f.category, f.payerId);
                    amounts.merge(key, f.denied, BigDecimal::add);
                    counts.merge(key, 1, Integer::sum);
                });
        BigDecimal total = sum(amounts.values());
        List<List<String>> keys = new ArrayList<>(amounts.keySet());
        keys.sort(Comparator.<List<String>, BigDecimal>comparing(amounts::get).reversed()
                .thenComparing(k -> -counts.get(k)).thenComparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
        List<ParetoBar> bars = new ArrayList<>();
        BigDecimal running = ZERO;
        for (List<String> k : keys) {
            running = running.add(amounts.get(k));
            bars.add(new ParetoBar(k.get(0), k.get(1), counts.get(k), amounts.get(k),
                    Ratio.percent(running, total).value()));
        }
        return bars;
    }

    /** The coding and denial queues at the end of each day of the period (UTC days). */
    List<QueuePoint> workQueues(Instant start, int days) {
        List<QueuePoint> points = new ArrayList<>();
        for (int d = 1; d <= days; d++) {
            Instant t = start.plus(Duration.ofDays(d));
            List<EventFact> known = upTo(t);
            Map<String, Instant> coding = new HashMap<>();
            Map<String, Instant> denials = new HashMap<>();
            for (EventFact f : known) {
                switch (f.kind) {
                    case DOCUMENTED -> coding.putIfAbsent(f.encounterId, f.occurredAt);
                    case CODED -> coding.put(f.encounterId, null);
                    case DENIED -> {
                        if (f.primaryLeg()) {
                            denials.merge(f.claimId, f.occurredAt, (was, now) -> was == null ? now : was);
                        }
                    }
                    case DENIAL_ACTION -> {
                        if (CLOSING_ACTIONS.contains(f.detail)) {
                            denials.put(f.claimId, null);
                        }
                    }
                    default -> {
                    }
                }
            }
            Queue c = Queue.of(coding.values(), t);
            Queue n = Queue.of(denials.values(), t);
            points.add(new QueuePoint(LocalDate.ofInstant(t.minusMillis(1), ZoneOffset.UTC), c.size, c.oldestDays,
                    n.size, n.oldestDays));
        }
        return points;
    }

    private record Queue(int size, Integer oldestDays) {
        static Queue of(Collection<Instant> since, Instant t) {
            List<Instant> open = since.stream().filter(s -> s != null).toList();
            Integer oldest = open.stream().min(Comparator.naturalOrder())
                    .map(s -> (int) Duration.between(s, t).toDays()).orElse(null);
            return new Queue(open.size(), oldest);
        }
    }

    /** The newest fact up to t: how current the read model was. */
    Instant dataAsOf(Instant t) {
        List<EventFact> known = upTo(t);
        return known.isEmpty() ? null : known.get(known.size() - 1).occurredAt;
    }

    static BigDecimal sum(Collection<BigDecimal> values) {
        return values.stream().filter(v -> v != null).reduce(ZERO, BigDecimal::add);
    }
}
