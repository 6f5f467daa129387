package io.revcycle.eligibility.service;

import java.time.LocalDate;

/**
 * Checks the coverage of an encounter's member at its payer on the date of service. {@code person} and
 * {@code providerNpi} go into the 270 when the payer answers real-time inquiries (never stored, never logged).
 */
public record VerifyEligibilityCommand(String encounterId, String patientId, String payerId, String memberId,
        LocalDate dateOfService, InquiryPerson person, String providerNpi) {

    public VerifyEligibilityCommand(String encounterId, String patientId, String payerId, String memberId,
            LocalDate dateOfService) {
        this(encounterId, patientId, payerId, memberId, dateOfService, InquiryPerson.UNKNOWN, null);
    }
}
