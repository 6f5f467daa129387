package io.revcycle.x12.status;

import java.util.List;

import io.revcycle.x12.eligibility.DatePeriod;

/**
 * Loop 2200D/2200E of a 277: the status of one claim.
 *
 * @param traceNumber              TRN02 (TRN01 = 2): the 276's trace number
 * @param statuses                 STC (one or more)
 * @param payerClaimControlNumber  REF*1K
 * @param billType                 REF*BLT
 * @param patientControlNumber     REF*EJ
 * @param prescriptionNumber       REF*XZ
 * @param voucherId                REF*VV
 * @param clearinghouseClaimNumber REF*D9
 * @param serviceDate              DTP*472
 */
public record ClaimStatus277(String traceNumber, List<StatusInfo> statuses, String payerClaimControlNumber,
        String billType, String patientControlNumber, String prescriptionNumber, String voucherId,
        String clearinghouseClaimNumber, DatePeriod serviceDate, List<LineStatus277> lines) {

    public ClaimStatus277 {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
