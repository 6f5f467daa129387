package io.revcycle.eligibility.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.eligibility.domain.Coverage;
import io.revcycle.eligibility.service.CoverageService;
import io.revcycle.eligibility.service.TerminateCoverageCommand;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/coverages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coverages", description = "Members' plans on file, per payer and period")
@Audited(resource = "coverage", patient = "patientId")
public class CoverageResource {

    private final CoverageService coverages;

    public CoverageResource(CoverageService coverages) {
        this.coverages = coverages;
    }

    @POST
    @Operation(summary = "Put a coverage on file (coverageId generated when absent)")
    @RolesAllowed({ Roles.REGISTRATION, Roles.INTEGRATION })
    public Response create(@Valid @NotNull CoverageRequest request, UriInfo uri) {
        Coverage coverage = coverages.register(request.toCommand());
        URI location = uri.getBaseUriBuilder().path(CoverageResource.class).path(coverage.coverageId).build();
        return Response.created(location).entity(CoverageResponse.from(coverage)).build();
    }

    @GET
    @Path("/{coverageId}")
    @Operation(summary = "One coverage")
    @RolesAllowed({ Roles.REGISTRATION, Roles.BILLER, Roles.BILLING_MANAGER })
    public CoverageResponse get(@PathParam("coverageId") String coverageId) {
        return CoverageResponse.from(coverages.get(coverageId));
    }

    @GET
    @Operation(summary = "Coverages of a patient, or of a member at a payer (newest period first)")
    @RolesAllowed({ Roles.REGISTRATION, Roles.BILLER, Roles.BILLING_MANAGER })
    public List<CoverageResponse> list(@QueryParam("patientId") String patientId,
            @QueryParam("payerId") String payerId, @QueryParam("memberId") String memberId) {
        List<Coverage> found;
        if (hasText(patientId) && !hasText(payerId) && !hasText(memberId)) {
            found = coverages.listByPatient(patientId);
        } else if (!hasText(patientId) && hasText(payerId) && hasText(memberId)) {
            found = coverages.listByPayerAndMember(payerId, memberId);
        } else {
            throw ProblemException.badRequest("Query either by patientId, or by payerId and memberId");
        }
        return found.stream().map(CoverageResponse::from).toList();
    }

    @PUT
    @Path("/{coverageId}/termination")
    @Operation(summary = "Terminate a coverage: effectiveTo is its last covered day")
    @RolesAllowed(Roles.REGISTRATION)
    public CoverageResponse terminate(@PathParam("coverageId") String coverageId,
            @Valid @NotNull TerminationRequest request) {
        return CoverageResponse.from(coverages.terminate(new TerminateCoverageCommand(coverageId, request.effectiveTo())));
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
