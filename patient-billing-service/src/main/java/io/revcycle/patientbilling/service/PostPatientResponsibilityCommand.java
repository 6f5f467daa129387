package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Bill the patient for the patient shares of an adjudicated claim (from ClaimAdjudicated).
 *
 * @param postingSequence       the claim's posting this adjudication follows (1, 2, ...; 0 on events from before
 *                              postings were numbered, when a claim was adjudicated once)
 * @param patientResponsibility the claim's patient responsibility after that posting, the sum of {@code shares}
 */
public record PostPatientResponsibilityCommand(UUID eventId, String claimId, String encounterId, String patientId,
        BigDecimal patientResponsibility, List<Share> shares, int postingSequence) {

    public record Share(int lineNumber, String procedureCode, String reasonCode, BigDecimal amount) {
    }
}
