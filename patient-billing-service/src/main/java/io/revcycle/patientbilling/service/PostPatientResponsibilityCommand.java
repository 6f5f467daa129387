package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Bill the patient for the patient shares of an adjudicated claim (from ClaimAdjudicated). */
public record PostPatientResponsibilityCommand(UUID eventId, String claimId, String encounterId, String patientId,
        BigDecimal patientResponsibility, List<Share> shares) {

    public record Share(int lineNumber, String procedureCode, String reasonCode, BigDecimal amount) {
    }
}
