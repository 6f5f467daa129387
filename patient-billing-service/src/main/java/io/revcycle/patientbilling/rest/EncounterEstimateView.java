package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.revcycle.patientbilling.service.PointOfService;

/**
 * An encounter's point-of-service estimate with what was collected against it; {@code encounterOwes} is the
 * encounter's patient balance now (negative: paid ahead of the claim's patient shares).
 */
public record EncounterEstimateView(String encounterId, String patientId, String payerId, String checkId,
        Instant estimatedAt, BigDecimal expectedAllowed, BigDecimal deductible, BigDecimal copay,
        BigDecimal coinsurance, BigDecimal patientShare, BigDecimal expectedPayerPayment,
        BigDecimal collectedAtPointOfService, List<PointOfService.Collected> payments, boolean adjudicated,
        BigDecimal encounterOwes, BigDecimal accountOwes) {

    static EncounterEstimateView from(PointOfService.Status s) {
        var e = s.estimate();
        return new EncounterEstimateView(e.encounterId, e.patientId, e.payerId, e.checkId, e.estimatedAt,
                e.expectedAllowed, e.deductible, e.copay, e.coinsurance, e.patientShare, e.expectedPayerPayment,
                s.collected(), s.payments(), s.adjudicated(), s.encounterOwes(), s.accountOwes());
    }
}
