package io.revcycle.eligibility.service;

import java.time.LocalDate;

/** Registration asks the payer now about a member on a date of service (no encounter needed). */
public record RealTimeCheckCommand(String patientId, String payerId, String memberId, LocalDate dateOfService,
        String serviceType, InquiryPerson person, String providerNpi) {
}
