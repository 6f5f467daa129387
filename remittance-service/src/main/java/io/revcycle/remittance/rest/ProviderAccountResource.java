package io.revcycle.remittance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.remittance.service.DepositReconciliation;
import io.revcycle.remittance.service.DepositReconciliation.ProviderAccount;
import io.revcycle.security.Roles;

@Path("/provider-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Provider accounts", description = "Provider-level adjustments (835 PLB), which belong to no claim")
public class ProviderAccountResource {

    private final DepositReconciliation deposits;

    public ProviderAccountResource(DepositReconciliation deposits) {
        this.deposits = deposits;
    }

    /** {@code withheld}: positive when payers kept money back (WO recoveries), negative when they added (L6 interest). */
    @GET
    @Path("/{providerId}")
    @Operation(summary = "A provider's account: every PLB adjustment posted to it, newest first, with totals")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public ProviderAccount get(@PathParam("providerId") String providerId) {
        return deposits.providerAccount(providerId);
    }
}
