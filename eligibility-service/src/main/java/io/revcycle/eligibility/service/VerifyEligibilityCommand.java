package io.revcycle.eligibility.service;

import java.time.LocalDate;

/** Checks the coverage of an encounter's member at its payer on the date of service. */
public record VerifyEligibilityCommand(String encounterId, String patientId, String payerId, String memberId,
        LocalDate dateOfService) {
}
