package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A change of what a guarantor account owes, to be announced as PatientBalanceChanged keyed by the account.
 *
 * @param newBalance what the account owes after the change
 */
public record BalanceChange(UUID eventId, String accountId, String patientId, String claimId, String encounterId,
        BigDecimal change, BigDecimal newBalance, Reason reason, Instant at, UUID paymentId, UUID postingId) {

    public enum Reason {
        PATIENT_RESPONSIBILITY_POSTED,
        /** A later posting of the claim (further payment, reversal, correction) changed what the patient owes. */
        PATIENT_RESPONSIBILITY_ADJUSTED,
        PATIENT_PAYMENT,
        REFUND,
        WRITE_OFF,
        AGENCY_PAYMENT
    }
}
