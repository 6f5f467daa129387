package io.revcycle.eligibility.rest;

import java.time.Instant;
import java.time.LocalDate;

import io.revcycle.eligibility.domain.PatientGuarantor;

/** The patient's guarantor as registration sent it (GT1); PHI. */
public record GuarantorResponse(String patientId, String guarantorNumber, String familyName, String givenName,
        LocalDate birthDate, String relationshipCode, String addressLine1, String addressLine2, String city,
        String state, String postalCode, String phone, Instant updatedAt) {

    static GuarantorResponse from(PatientGuarantor g) {
        return new GuarantorResponse(g.patientId, g.guarantorNumber, g.familyName, g.givenName, g.birthDate,
                g.relationshipCode, g.addressLine1, g.addressLine2, g.city, g.state, g.postalCode, g.phone,
                g.updatedAt);
    }
}
