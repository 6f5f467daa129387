package io.revcycle.remittance.rest;

import java.math.BigDecimal;
import java.util.Map;

import io.revcycle.remittance.domain.Outcome;
import io.revcycle.remittance.service.RemittanceQueries.Summary;

/** Amounts are sums over posted remittances; the awaiting counts are halves of the join still missing the other. */
public record RemittanceSummaryResponse(long posted, BigDecimal paid, BigDecimal allowed,
        BigDecimal patientResponsibility, BigDecimal contractualAdjustment, BigDecimal denied,
        Map<Outcome, Long> byOutcome, long awaitingClaim, long awaitingRemittance) {

    static RemittanceSummaryResponse from(Summary s) {
        var t = s.totals();
        return new RemittanceSummaryResponse(t.posted(), t.paid(), t.allowed(), t.patientResponsibility(),
                t.contractualAdjustment(), t.denied(), s.byOutcome(), s.awaitingClaim(), s.awaitingRemittance());
    }
}
