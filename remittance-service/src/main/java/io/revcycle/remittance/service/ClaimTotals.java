package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.revcycle.remittance.domain.CasAdjustment;
import io.revcycle.remittance.domain.Outcome;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.RemittanceLine;

/**
 * Where a claim stands after all its postings: every amount is the exact sum of what its 835 claim payments said (a
 * reversal's negative amounts take an earlier payment back). The outcome is that of the newest payment still standing
 * (not a reversal, not reversed), else of the newest posting; {@code reversed} when no payment stands: a reversal
 * (CLP02 22) took back every payment and no correction has come yet.
 *
 * @param adjustments   the net amount per CAS group and reason (claim and line level), zero sums left out
 * @param patientShares the net patient responsibility per line, procedure and CARC (line 0 for claim-level), zero
 *                      sums left out, in first-seen order
 */
public record ClaimTotals(int postings, Outcome outcome, BigDecimal allowedAmount, BigDecimal paidAmount,
        BigDecimal patientResponsibility, BigDecimal deductible, BigDecimal coinsurance, BigDecimal copay,
        BigDecimal contractualAdjustment, BigDecimal deniedAmount, BigDecimal adjustedAmount, BigDecimal interest,
        List<GroupReason> adjustments, List<PatientShare> patientShares, boolean reversed) {

    private static final BigDecimal ZERO = new BigDecimal("0.00");
    /** ClaimAdjudicated.outcome of a claim whose every payment a reversal took back (no correction yet). */
    public static final String REVERSED = "REVERSED";

    public record GroupReason(String groupCode, String reasonCode, BigDecimal amount) {
    }

    public record PatientShare(int lineNumber, String procedureCode, String reasonCode, BigDecimal amount) {
    }

    /** @param postings the claim's postings, at least one */
    public static ClaimTotals of(List<Remittance> postings) {
        List<Remittance> sorted = postings.stream().sorted(Comparator.comparingInt(r -> r.sequence)).toList();
        Map<String, GroupReason> byReason = new LinkedHashMap<>();
        Map<String, PatientShare> shares = new LinkedHashMap<>();
        for (Remittance r : sorted) {
            for (CasAdjustment a : r.claimAdjustments) {
                addAdjustment(byReason, shares, a, 0, "");
            }
            for (RemittanceLine line : r.lines) {
                for (CasAdjustment a : line.adjustments) {
                    addAdjustment(byReason, shares, a, line.lineNumber, line.procedureCode);
                }
            }
        }
        return new ClaimTotals(sorted.size(), outcome(sorted), sum(sorted, r -> r.allowedAmount),
                sum(sorted, r -> r.paidAmount), sum(sorted, r -> r.patientResponsibility),
                sum(sorted, r -> r.deductible), sum(sorted, r -> r.coinsurance), sum(sorted, r -> r.copay),
                sum(sorted, r -> r.contractualAdjustment), sum(sorted, r -> r.deniedAmount),
                sum(sorted, r -> r.adjustedAmount), sum(sorted, r -> r.interest),
                byReason.values().stream().filter(g -> g.amount().signum() != 0).toList(),
                shares.values().stream().filter(s -> s.amount().signum() != 0).toList(), standing(sorted).isEmpty());
    }

    private static void addAdjustment(Map<String, GroupReason> byReason, Map<String, PatientShare> shares,
            CasAdjustment a, int lineNumber, String procedureCode) {
        byReason.merge(a.groupCode + "-" + a.reasonCode, new GroupReason(a.groupCode, a.reasonCode, a.amount),
                (x, y) -> new GroupReason(x.groupCode(), x.reasonCode(), x.amount().add(y.amount())));
        if (a.patientResponsibility()) {
            shares.merge(lineNumber + "/" + procedureCode + "/" + a.reasonCode,
                    new PatientShare(lineNumber, procedureCode, a.reasonCode, a.amount),
                    (x, y) -> new PatientShare(x.lineNumber(), x.procedureCode(), x.reasonCode(),
                            x.amount().add(y.amount())));
        }
    }

    private static Outcome outcome(List<Remittance> sorted) {
        List<Remittance> newestFirst = new ArrayList<>(sorted);
        java.util.Collections.reverse(newestFirst);
        return standing(sorted).stream().reduce((older, newer) -> newer)
                .or(() -> newestFirst.stream().filter(r -> !r.reversal).findFirst())
                .orElse(newestFirst.get(0)).outcome;
    }

    /** The payments still standing (not a reversal, not reversed by one), oldest first. */
    private static List<Remittance> standing(List<Remittance> sorted) {
        Set<Long> reversed = sorted.stream().filter(r -> r.reversesRemittanceId != null)
                .map(r -> r.reversesRemittanceId).collect(Collectors.toSet());
        return sorted.stream().filter(r -> !r.reversal && !reversed.contains(r.id)).toList();
    }

    private static BigDecimal sum(List<Remittance> postings, Function<Remittance, BigDecimal> amount) {
        return postings.stream().map(amount).reduce(ZERO, BigDecimal::add);
    }
}
