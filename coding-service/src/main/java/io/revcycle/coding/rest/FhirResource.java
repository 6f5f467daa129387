package io.revcycle.coding.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.revcycle.audit.AuditContext;
import io.revcycle.audit.Audited;
import io.revcycle.coding.fhir.BundleProblem;
import io.revcycle.coding.fhir.EncounterBundleReader;
import io.revcycle.coding.fhir.OperationOutcomes;
import io.revcycle.coding.service.DocumentEncounterCommand;
import io.revcycle.coding.service.EncounterIntake;
import io.revcycle.security.Roles;

/**
 * FHIR R4 chart intake: a transaction or collection Bundle becomes the same EncounterDocumented as
 * {@code POST /encounters}. Invalid: 400 with an OperationOutcome listing every problem, nothing stored.
 */
@Path("/fhir")
@Tag(name = "FHIR", description = "FHIR R4 encounter bundles from an EHR")
public class FhirResource {

    /** Where a documentation field comes from in the bundle, for problems found after mapping (NPI check digit...). */
    private static final Map<String, String> ORIGIN = Map.ofEntries(
            Map.entry("encounterId", "Encounter.identifier"), Map.entry("patient", "Patient"),
            Map.entry("renderingProviderNpi", "Practitioner.identifier(NPI)"),
            Map.entry("billingProviderNpi", "Encounter.serviceProvider: Organization.identifier(NPI)"),
            Map.entry("facilityId", "Location.identifier"), Map.entry("placeOfService", "Location.type"),
            Map.entry("payerId", "Coverage.payor: Organization.identifier"),
            Map.entry("memberId", "Coverage.subscriberId"), Map.entry("dateOfService", "Encounter.period"),
            Map.entry("admissionDate", "Encounter.period.start"), Map.entry("dischargeDate", "Encounter.period.end"),
            Map.entry("diagnoses", "Condition"), Map.entry("procedures", "Procedure"),
            Map.entry("noteText", "DocumentReference/Composition"), Map.entry("specialty", "PractitionerRole.specialty"));

    private final EncounterIntake intake;
    private final Validator validator;
    private final ObjectMapper json;
    private final AuditContext audit;

    public FhirResource(EncounterIntake intake, Validator validator, ObjectMapper json, AuditContext audit) {
        this.intake = intake;
        this.validator = validator;
        this.json = json;
        this.audit = audit;
    }

    @POST
    @Consumes({ OperationOutcomes.FHIR_JSON, MediaType.APPLICATION_JSON })
    @Produces(OperationOutcomes.FHIR_JSON)
    @Operation(summary = "Document an encounter from a FHIR R4 Bundle", description = "A transaction or collection "
            + "Bundle (Patient, Encounter, Condition, Procedure, Coverage, Practitioner/PractitionerRole, "
            + "Organization, Location, DocumentReference or Composition) publishes EncounterDocumented; 400 with an "
            + "OperationOutcome listing every problem; the same bundle again changes nothing; different documentation "
            + "for an encounter already documented is a 409.")
    @RolesAllowed({ Roles.REGISTRATION, Roles.INTEGRATION })
    @Transactional // the documentation, its event and its audit row commit together
    @Audited(resource = "encounter")
    public Response document(String body) {
        EncounterBundleReader.Reading reading = EncounterBundleReader.read(body == null ? "" : body, LocalDate.now());
        if (!reading.isValid()) {
            return fhir(400, OperationOutcomes.json(OperationOutcomes.invalid(reading.problems())));
        }
        DocumentEncounterCommand command = reading.command();
        List<BundleProblem> violations = validator.validate(command).stream()
                .map(v -> new BundleProblem(originOf(v.getPropertyPath().toString()),
                        v.getPropertyPath() + " " + v.getMessage()))
                .sorted((a, b) -> a.message().compareTo(b.message())).toList();
        if (!violations.isEmpty()) {
            return fhir(400, OperationOutcomes.json(OperationOutcomes.invalid(violations)));
        }
        audit.patient(command.patient().patientId());
        EncounterIntake.BundleOutcome outcome = intake.documentBundle(command, checksum(command));
        if (outcome == EncounterIntake.BundleOutcome.CONFLICT) {
            return fhir(409, OperationOutcomes.json(OperationOutcomes.single(IssueSeverity.ERROR, IssueType.CONFLICT,
                    "encounter " + command.encounterId() + " was already documented with different content")));
        }
        boolean documented = outcome == EncounterIntake.BundleOutcome.DOCUMENTED;
        Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        response.addEntry().getResponse()
                .setStatus(documented ? "201 Created" : "200 OK")
                .setLocation("/worklist/" + command.encounterId())
                .setOutcome(OperationOutcomes.single(IssueSeverity.INFORMATION, IssueType.INFORMATIONAL, documented
                        ? "encounter " + command.encounterId() + " documented; coding follows"
                        : "encounter " + command.encounterId() + " was documented by this bundle before; nothing changed"));
        return fhir(200, OperationOutcomes.json(response));
    }

    private static String originOf(String propertyPath) {
        String head = propertyPath.split("[.\\[]", 2)[0];
        return ORIGIN.getOrDefault(head, "Bundle") + " (" + propertyPath + ")";
    }

    /** Of the documentation the bundle became, so formatting differences of the same bundle do not matter. */
    private String checksum(DocumentEncounterCommand command) {
        try {
            byte[] canonical = json.writeValueAsString(command).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot checksum the documentation", e);
        }
    }

    private static Response fhir(int status, String body) {
        return Response.status(status).type(OperationOutcomes.FHIR_JSON).entity(body).build();
    }
}
