package io.revcycle.eligibility.rest;

import java.math.BigDecimal;
import java.util.List;

import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.eligibility.domain.PatientEstimate;

/** The estimate with the benefits it was made from. */
public record EstimateResponse(String checkId, String patientId, String payerId, BigDecimal copayBenefit,
        BigDecimal coinsurancePercent, BigDecimal deductibleRemaining, BigDecimal outOfPocketRemaining,
        List<PatientEstimate.Line> lines, BigDecimal expectedAllowed, BigDecimal deductible, BigDecimal copay,
        BigDecimal coinsurance, BigDecimal patientShare, BigDecimal expectedPayerPayment) {

    static EstimateResponse of(EligibilityCheck c, PatientEstimate e) {
        return new EstimateResponse(c.checkId, c.patientId, c.payerId, c.copay, c.coinsurancePercent,
                c.deductibleRemaining, c.outOfPocketRemaining, e.lines(), e.expectedAllowed(), e.deductible(),
                e.copay(), e.coinsurance(), e.patientShare(), e.expectedPayerPayment());
    }
}
