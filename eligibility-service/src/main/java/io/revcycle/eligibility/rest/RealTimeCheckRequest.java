package io.revcycle.eligibility.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.revcycle.eligibility.service.InquiryPerson;
import io.revcycle.eligibility.service.RealTimeCheckCommand;
import io.revcycle.events.FieldLimits;

/** Body of POST /eligibility/checks. */
public record RealTimeCheckRequest(
        @NotBlank @Size(max = FieldLimits.PATIENT_ID) String patientId,
        @NotBlank @Size(max = FieldLimits.PAYER_ID) String payerId,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{2,80}", message = "must be 2..80 letters, digits or '-'") String memberId,
        @NotNull LocalDate dateOfService,
        @Pattern(regexp = "[0-9A-Z]{1,2}", message = "must be an X12 service type code, e.g. 30 or 98") String serviceType,
        @Size(max = 60) String lastName,
        @Size(max = 35) String firstName,
        @Past LocalDate birthDate,
        @Pattern(regexp = "F|M|U", message = "must be F, M or U") String gender,
        @Pattern(regexp = "\\d{10}", message = "must be a 10-digit NPI") String providerNpi) {

    RealTimeCheckCommand toCommand() {
        return new RealTimeCheckCommand(patientId, payerId, memberId, dateOfService, serviceType,
                new InquiryPerson(lastName, firstName, birthDate, gender), providerNpi);
    }
}
