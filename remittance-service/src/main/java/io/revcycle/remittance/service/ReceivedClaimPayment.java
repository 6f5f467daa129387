package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One 835 CLP loop (2100) as received, amounts at scale 2. Kept as JSON with its claim payment so that a payment
 * whose claim is not known yet is posted later from exactly what arrived. Lines are not matched to the claim yet:
 * that needs the claim (see ClaimLineMatcher).
 *
 * @param patientResponsibility CLP05 (0 when absent)
 * @param claimAdjustments      claim-level CAS
 * @param claimRemarkCodes      MOA and MIA remark codes, in order
 * @param interest              AMT*I claim interest, reported for information (X12 pays it through PLB*L6, outside
 *                              CLP04); 0 when absent. Left out of the stored JSON
 *                              when 0, so a payment without interest is stored (and fingerprinted) as before it existed
 */
public record ReceivedClaimPayment(String patientControlNumber, String claimStatusCode, BigDecimal charge,
        BigDecimal paid, BigDecimal patientResponsibility, String payerClaimControlNumber,
        List<PostRemittanceCommand.Adjustment> claimAdjustments, List<String> claimRemarkCodes, List<Line> lines,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ZeroAmount.class) BigDecimal interest) {

    /** Jackson value filter: true (leave out) for a zero amount. */
    static final class ZeroAmount {
        @Override
        public boolean equals(Object value) {
            return value instanceof BigDecimal amount && amount.signum() == 0;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** CLP02 22: reverses a previous payment. */
    public static final String REVERSAL = "22";

    public ReceivedClaimPayment {
        claimAdjustments = claimAdjustments == null ? List.of() : List.copyOf(claimAdjustments);
        claimRemarkCodes = claimRemarkCodes == null ? List.of() : List.copyOf(claimRemarkCodes);
        lines = lines == null ? List.of() : List.copyOf(lines);
        interest = interest == null ? new BigDecimal("0.00") : interest;
    }

    /** The same payment as if it had named this patient control number (CLP01). */
    public ReceivedClaimPayment withPatientControlNumber(String number) {
        return new ReceivedClaimPayment(number, claimStatusCode, charge, paid, patientResponsibility,
                payerClaimControlNumber, claimAdjustments, claimRemarkCodes, lines, interest);
    }

    public boolean reversal() {
        return REVERSAL.equals(claimStatusCode);
    }

    /**
     * One SVC loop (2110).
     *
     * @param position              1-based position of the SVC in its CLP
     * @param lineItemControlNumber REF*6R, the 837 line item control number (our line number), null when absent
     * @param allowed               AMT*B6, null when absent
     * @param unitsPaid             SVC05, null when absent
     * @param remarkCodes           LQ*HE remittance remark codes
     */
    public record Line(int position, String lineItemControlNumber, String procedureCode, BigDecimal charge,
            BigDecimal paid, BigDecimal allowed, BigDecimal unitsPaid, List<PostRemittanceCommand.Adjustment> adjustments,
            List<String> remarkCodes) {

        public Line {
            adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
            remarkCodes = remarkCodes == null ? List.of() : List.copyOf(remarkCodes);
        }
    }
}
