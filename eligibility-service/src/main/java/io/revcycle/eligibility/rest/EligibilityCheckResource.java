package io.revcycle.eligibility.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.eligibility.service.EligibilityVerificationService;
import io.revcycle.security.Roles;

@Path("/eligibility-checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility checks", description = "The coverage check of each documented encounter")
public class EligibilityCheckResource {

    private final EligibilityVerificationService verification;

    public EligibilityCheckResource(EligibilityVerificationService verification) {
        this.verification = verification;
    }

    @GET
    @Path("/{encounterId}")
    @Operation(summary = "The eligibility check of an encounter")
    @RolesAllowed({ Roles.REGISTRATION, Roles.BILLER, Roles.BILLING_MANAGER })
    @Audited(resource = "eligibility-check", patient = "patientId")
    public EligibilityCheckResponse get(@PathParam("encounterId") String encounterId) {
        return EligibilityCheckResponse.from(verification.get(encounterId));
    }
}
