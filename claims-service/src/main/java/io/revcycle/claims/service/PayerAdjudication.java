package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one 835 claim payment said, as the next payer's 837 repeats it: claim-level adjustments (2320 CAS), the paid
 * amount (AMT*D) and per line the payment and adjustments (2430 SVD/CAS) with the adjudication date (DTP*573).
 */
public record PayerAdjudication(BigDecimal paidAmount, List<Adjustment> claimAdjustments, List<Line> lines,
        LocalDate adjudicationDate) {

    public PayerAdjudication {
        claimAdjustments = List.copyOf(claimAdjustments);
        lines = List.copyOf(lines);
    }

    /** One CAS adjustment: group (CO, OA, PI, PR), CARC and amount. */
    public record Adjustment(String groupCode, String reasonCode, BigDecimal amount) {
    }

    /** A paid line; lineNumber null when the 835 line matched no claim line. */
    public record Line(Integer lineNumber, BigDecimal chargeAmount, BigDecimal paidAmount, BigDecimal paidUnits,
            List<Adjustment> adjustments) {

        public Line {
            adjustments = List.copyOf(adjustments);
        }
    }
}
