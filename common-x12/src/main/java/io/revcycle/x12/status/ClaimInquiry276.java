package io.revcycle.x12.status;

import java.math.BigDecimal;
import java.util.List;

import io.revcycle.x12.eligibility.DatePeriod;

/**
 * Loop 2200D/2200E of a 276: one claim asked about.
 *
 * @param traceNumber              TRN02 (TRN01 = 1), echoed in the 277's TRN*2
 * @param payerClaimControlNumber  REF*1K
 * @param billType                 REF*BLT (institutional claims)
 * @param locationSystemId         REF*LU
 * @param groupNumber              REF*6P
 * @param patientControlNumber     REF*EJ (the provider's claim id, CLM01 of the 837)
 * @param prescriptionNumber       REF*XZ
 * @param clearinghouseClaimNumber REF*D9
 * @param totalCharge              AMT*T3
 * @param serviceDate              DTP*472
 */
public record ClaimInquiry276(String traceNumber, String payerClaimControlNumber, String billType,
        String locationSystemId, String groupNumber, String patientControlNumber, String prescriptionNumber,
        String clearinghouseClaimNumber, BigDecimal totalCharge, DatePeriod serviceDate, List<LineInquiry276> lines) {

    public ClaimInquiry276 {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
