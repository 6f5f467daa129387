package io.revcycle.x12.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Loop 2430: what another payer (SVD01, matching its 2330B NM109) paid for the line, the procedure it adjudicated,
 * revenue code (837I), paid units, bundled line, the CAS adjustments, adjudication date and remaining liability.
 */
public record LineAdjudication(String payerId, BigDecimal paid, Procedure procedure, String revenueCode,
        BigDecimal paidUnits, Integer bundledLine, List<Adjustment> adjustments, LocalDate adjudicationDate,
        BigDecimal remainingPatientLiability) {

    public LineAdjudication {
        adjustments = List.copyOf(adjustments);
    }
}
