package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A change of a patient's balance, to be announced as PatientBalanceChanged. */
public record BalanceChange(UUID eventId, String key, String patientId, String claimId, String encounterId,
        BigDecimal change, BigDecimal newBalance, Reason reason, Instant at, UUID paymentId) {

    /** A change that no payment caused (a claim posting). */
    public BalanceChange(UUID eventId, String key, String patientId, String claimId, String encounterId,
            BigDecimal change, BigDecimal newBalance, Reason reason, Instant at) {
        this(eventId, key, patientId, claimId, encounterId, change, newBalance, reason, at, null);
    }

    public enum Reason {
        PATIENT_RESPONSIBILITY_POSTED,
        /** A later posting of the claim (further payment, reversal, correction) changed what the patient owes. */
        PATIENT_RESPONSIBILITY_ADJUSTED,
        PATIENT_PAYMENT
    }
}
