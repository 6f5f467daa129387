package io.revcycle.claims.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.claims.domain.DenialStatus;
import io.revcycle.claims.service.DenialQueueService;
import io.revcycle.security.Roles;

@Path("/denials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Denials", description = "The billers' denial work queue")
public class DenialResource {

    private final DenialQueueService denials;

    public DenialResource(DenialQueueService denials) {
        this.denials = denials;
    }

    @GET
    @Operation(summary = "Denied claim lines, oldest first, optionally by status and claim")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLER, Roles.BILLING_MANAGER })
    public List<DenialItemView> queue(@QueryParam("status") String status, @QueryParam("claimId") String claimId) {
        return denials.queue(QueryParams.enumValue("status", status, DenialStatus.class), QueryParams.text(claimId))
                .stream().map(DenialItemView::of).toList();
    }
}
