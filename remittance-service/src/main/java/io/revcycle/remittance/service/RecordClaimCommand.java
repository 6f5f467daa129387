package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Keep a copy of a submitted claim (from ClaimSubmitted) to match its 835 claim payment against.
 *
 * @param patientControlNumber CLM01 of the 837 (echoed as CLP01); null on claims submitted before 837s were written
 * @param dateOfService        and {@code renderingProviderNpi}: passed on with the adjudication for the statement
 * @param payerResponsibility  SBR01 of the claim; with {@code nextPayerPending}, passed on with the adjudication
 */
public record RecordClaimCommand(String claimId, String encounterId, String patientId, String payerId,
        String patientControlNumber, BigDecimal totalCharge, List<Line> lines, LocalDate dateOfService,
        String renderingProviderNpi, String payerResponsibility, boolean nextPayerPending) {

    public record Line(int lineNumber, String procedureCode, int units, BigDecimal charge) {
    }
}
