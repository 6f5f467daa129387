package io.revcycle.claims.rest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.revcycle.claims.domain.ClaimPayerLeg;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.service.ClaimQueries.LegTotals;
import io.revcycle.claims.service.ClaimQueries.StatusTotals;

/**
 * Totals over all claims. Billed counts claims at the payer or adjudicated; held, ready and rejected claims are not
 * (or no longer) in a payer's hands. The amounts are the claims' own payers' (the primary's). {@code nextPayers}: per
 * SBR01 (S, T) the claims sent on to a next payer (coordination of benefits) by leg state, what those payers paid and
 * the patient responsibility they left; {@code paidByAllPayers} adds their payments to the primaries'.
 */
public record ClaimsSummaryResponse(long claims, Map<ClaimStatus, Long> byStatus, BigDecimal billed,
        BigDecimal paid, BigDecimal patientResponsibility, BigDecimal denied, Map<String, NextPayer> nextPayers,
        BigDecimal paidByAllPayers) {

    /** One next-payer position: its legs by state, what its payers paid and left to the patients. */
    public record NextPayer(long claims, Map<ClaimPayerLeg.Status, Long> byStatus, BigDecimal paid,
            BigDecimal patientResponsibility) {
    }

    static ClaimsSummaryResponse of(List<StatusTotals> totals, List<LegTotals> legs) {
        Map<ClaimStatus, Long> byStatus = new LinkedHashMap<>();
        for (ClaimStatus s : ClaimStatus.values()) {
            byStatus.put(s, 0L);
        }
        long claims = 0;
        BigDecimal billed = zero();
        BigDecimal paid = zero();
        BigDecimal patient = zero();
        BigDecimal denied = zero();
        for (StatusTotals t : totals) {
            byStatus.put(t.status(), t.claims());
            claims += t.claims();
            if (t.status().atPayer() || t.status().adjudicated()) {
                billed = billed.add(t.totalCharge());
            }
            paid = paid.add(t.paid());
            patient = patient.add(t.patientResponsibility());
            denied = denied.add(t.denied());
        }
        Map<String, NextPayer> nextPayers = new TreeMap<>();
        BigDecimal paidByAll = paid;
        for (LegTotals l : legs) {
            NextPayer n = nextPayers.computeIfAbsent(l.payerResponsibility(), k -> new NextPayer(0, emptyLegStates(),
                    zero(), zero()));
            n.byStatus().put(l.status(), l.claims());
            nextPayers.put(l.payerResponsibility(), new NextPayer(n.claims() + l.claims(), n.byStatus(),
                    n.paid().add(l.paid()), n.patientResponsibility().add(l.patientResponsibility())));
            paidByAll = paidByAll.add(l.paid());
        }
        return new ClaimsSummaryResponse(claims, byStatus, billed, paid, patient, denied, nextPayers, paidByAll);
    }

    private static Map<ClaimPayerLeg.Status, Long> emptyLegStates() {
        Map<ClaimPayerLeg.Status, Long> byStatus = new LinkedHashMap<>();
        for (ClaimPayerLeg.Status s : ClaimPayerLeg.Status.values()) {
            byStatus.put(s, 0L);
        }
        return byStatus;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
