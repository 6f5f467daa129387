package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Post an adjudicated claim (from ClaimAdjudicated) to the ledger of the patient's guarantor account.
 *
 * @param postingSequence       the claim's posting this adjudication follows (1, 2, ...; 0 on events from before
 *                              postings were numbered, when a claim was adjudicated once)
 * @param totalCharge           the claim's charges; {@code paid} and {@code contractual} the payer's totals so far
 * @param patientResponsibility the claim's patient responsibility after that posting, the sum of {@code shares}
 * @param dateOfService         and {@code renderingProviderNpi}: the claim's, for the statement (null on older events)
 * @param payerResponsibility   the payer this posting is from (P the claim's own, S, T a next payer); with
 *                              {@code nextPayerPending} (another payer follows it) its place in the order of benefits
 */
public record PostPatientResponsibilityCommand(UUID eventId, String claimId, String encounterId, String patientId,
        BigDecimal totalCharge, BigDecimal paid, BigDecimal contractual, BigDecimal patientResponsibility,
        List<Share> shares, int postingSequence, LocalDate dateOfService, String renderingProviderNpi,
        String payerResponsibility, boolean nextPayerPending) {

    public PostPatientResponsibilityCommand(UUID eventId, String claimId, String encounterId, String patientId,
            BigDecimal totalCharge, BigDecimal paid, BigDecimal contractual, BigDecimal patientResponsibility,
            List<Share> shares, int postingSequence, LocalDate dateOfService, String renderingProviderNpi) {
        this(eventId, claimId, encounterId, patientId, totalCharge, paid, contractual, patientResponsibility, shares,
                postingSequence, dateOfService, renderingProviderNpi, "P", false);
    }

    /** A claim with more than one payer: one after this one, or this is one after the claim's own. */
    public boolean coordinated() {
        return nextPayerPending || !"P".equals(payerResponsibility);
    }

    public record Share(int lineNumber, String procedureCode, String reasonCode, BigDecimal amount) {
    }
}
