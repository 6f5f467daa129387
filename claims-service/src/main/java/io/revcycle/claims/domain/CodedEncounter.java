package io.revcycle.claims.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The coding half of a claim's intake (what EncounterCoded says), kept as JSON until eligibility is known.
 * {@code patient} is null from producers that predate demographics; such a claim cannot be built. {@code stay} is set
 * for INPATIENT encounters only (and absent from intakes stored before inpatient billing).
 */
public record CodedEncounter(String patientId, String renderingProviderNpi, String billingProviderNpi,
        String facilityId, String placeOfService, String payerId, String memberId, LocalDate dateOfService,
        List<String> diagnosisCodes, List<CodedProcedure> lines, String encounterType, PatientDemographics patient,
        InpatientStay stay) {
}
