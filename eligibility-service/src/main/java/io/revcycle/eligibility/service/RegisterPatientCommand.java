package io.revcycle.eligibility.service;

import java.time.LocalDate;
import java.util.List;

/**
 * What a registration (HL7 ADT^A04 / ADT^A08) knows of a patient's insurance: the coverages in order of benefits
 * (each {@link RegisterCoverageCommand} without an id or benefits) and the guarantor, if sent. {@code replacing}: the
 * coverages are the patient's whole set (A08), so registered coverages absent from it end on the day before
 * {@code asOf}.
 */
public record RegisterPatientCommand(String patientId, boolean replacing, LocalDate asOf,
        List<RegisterCoverageCommand> coverages, Guarantor guarantor) {

    /** GT1 as kept with the patient; {@code relationshipCode} is HL7 table 0063. */
    public record Guarantor(String guarantorNumber, String familyName, String givenName, LocalDate birthDate,
            String relationshipCode, String addressLine1, String addressLine2, String city, String state,
            String postalCode, String phone) {
    }
}
