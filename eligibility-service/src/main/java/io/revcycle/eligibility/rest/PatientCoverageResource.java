package io.revcycle.eligibility.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.eligibility.service.CoordinationOfBenefitsService;
import io.revcycle.eligibility.service.RecordMspAnswersCommand;
import io.revcycle.security.CurrentUser;
import io.revcycle.security.Roles;

@Path("/patients/{patientId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coordination of benefits", description = "A patient's order of benefits and Medicare Secondary Payer answers")
@Audited(resource = "coverage", patient = "patientId")
public class PatientCoverageResource {

    private final CoordinationOfBenefitsService cob;
    private final CurrentUser user;

    public PatientCoverageResource(CoordinationOfBenefitsService cob, CurrentUser user) {
        this.cob = cob;
        this.user = user;
    }

    @GET
    @Path("/coordination-of-benefits")
    @Operation(summary = "The order of benefits of the coverages active on a date (default today), with the rule that set each place")
    @RolesAllowed({ Roles.REGISTRATION, Roles.BILLER, Roles.BILLING_MANAGER })
    public CoordinationOfBenefitsResponse order(@PathParam("patientId") String patientId,
            @QueryParam("dateOfService") LocalDate dateOfService) {
        LocalDate date = dateOfService == null ? LocalDate.now() : dateOfService;
        return CoordinationOfBenefitsResponse.of(patientId, date, cob.mspAnswers(patientId).isPresent(),
                cob.order(patientId, date));
    }

    @GET
    @Path("/msp-answers")
    @Operation(summary = "The patient's Medicare Secondary Payer answers")
    @RolesAllowed({ Roles.REGISTRATION, Roles.BILLER, Roles.BILLING_MANAGER })
    public MspAnswersResponse mspAnswers(@PathParam("patientId") String patientId) {
        return MspAnswersResponse.from(cob.getMspAnswers(patientId));
    }

    @PUT
    @Path("/msp-answers")
    @Operation(summary = "Record the patient's Medicare Secondary Payer answers (replaces earlier answers)")
    @RolesAllowed({ Roles.REGISTRATION, Roles.INTEGRATION })
    public MspAnswersResponse recordMspAnswers(@PathParam("patientId") String patientId,
            @Valid @NotNull MspAnswersRequest request) {
        return MspAnswersResponse.from(cob.recordMspAnswers(new RecordMspAnswersCommand(patientId,
                request.entitlement(), request.groupPlanCurrentEmployment(), request.employerSize(),
                request.esrdCoordinationPeriod(), user.name())));
    }
}
