package io.revcycle.eligibility.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.eligibility.config.EligibilityConfig;
import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.eligibility.service.PatientEstimates;
import io.revcycle.eligibility.service.RealTimeEligibility;
import io.revcycle.security.Roles;

@Path("/eligibility/checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Real-time eligibility", description = "270 to the payer, its 271 answered within the request when it comes in time")
@Audited(resource = "eligibility-check", patient = "patientId")
public class RealTimeCheckResource {

    private final RealTimeEligibility realTime;
    private final EligibilityConfig config;
    private final PatientEstimates estimates;

    public RealTimeCheckResource(RealTimeEligibility realTime, EligibilityConfig config, PatientEstimates estimates) {
        this.realTime = realTime;
        this.config = config;
        this.estimates = estimates;
    }

    @POST
    @Operation(summary = "Ask the payer now: 200 with the answer, or 202 with the pending check when the 271 is late")
    @RolesAllowed({ Roles.REGISTRATION, Roles.BILLER })
    public Response check(@Valid @NotNull RealTimeCheckRequest request, UriInfo uri) {
        String checkId = realTime.start(request.toCommand());
        EligibilityCheck check = realTime.await(checkId, config.realTimeWait());
        URI location = uri.getAbsolutePathBuilder().path(checkId).build();
        return Response.status(check.pending() ? 202 : 200).location(location)
                .entity(EligibilityCheckResponse.from(check)).build();
    }

    @POST
    @Path("/{checkId}/estimate")
    @Operation(summary = "The patient's expected share of a priced claim from the check's benefits (point-of-service "
            + "collection); an encounter's check announces it as PatientEstimated, so patient billing can collect against it")
    @RolesAllowed({ Roles.REGISTRATION, Roles.BILLER, Roles.PATIENT_ACCOUNTS })
    public EstimateResponse estimate(@PathParam("checkId") String checkId, @Valid @NotNull EstimateRequest request) {
        EligibilityCheck check = realTime.get(checkId);
        return EstimateResponse.of(check, estimates.estimate(check,
                request.lines().stream().map(EstimateRequest.EstimateLine::amount).toList(),
                request.lines().stream().map(EstimateRequest.EstimateLine::procedureCode).toList()));
    }

    @GET
    @Path("/{checkId}")
    @Operation(summary = "One check, with the benefits of its 271")
    @RolesAllowed({ Roles.REGISTRATION, Roles.BILLER, Roles.BILLING_MANAGER })
    public EligibilityCheckResponse get(@PathParam("checkId") String checkId) {
        return EligibilityCheckResponse.from(realTime.get(checkId));
    }
}
