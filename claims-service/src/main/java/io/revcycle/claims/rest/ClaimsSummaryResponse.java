package io.revcycle.claims.rest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.service.ClaimQueries.StatusTotals;

/**
 * Totals over all claims. Billed counts claims at the payer or adjudicated; held, ready and rejected claims are not
 * (or no longer) in a payer's hands.
 */
public record ClaimsSummaryResponse(long claims, Map<ClaimStatus, Long> byStatus, BigDecimal billed,
        BigDecimal paid, BigDecimal patientResponsibility, BigDecimal denied) {

    static ClaimsSummaryResponse of(List<StatusTotals> totals) {
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
        return new ClaimsSummaryResponse(claims, byStatus, billed, paid, patient, denied);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
