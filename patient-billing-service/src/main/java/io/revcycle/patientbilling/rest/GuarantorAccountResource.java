package io.revcycle.patientbilling.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.patientbilling.service.AccountQueries;
import io.revcycle.patientbilling.service.GuarantorService;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/guarantor-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guarantor accounts", description = "The person paying for one or more patients, and their ledger")
public class GuarantorAccountResource {

    private final AccountQueries queries;
    private final GuarantorService guarantors;

    public GuarantorAccountResource(AccountQueries queries, GuarantorService guarantors) {
        this.queries = queries;
        this.guarantors = guarantors;
    }

    @GET
    @Path("/{accountId}")
    @Operation(summary = "A guarantor account: its patients, balances, encounters and every ledger entry")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Audited(resource = "guarantor-account")
    public GuarantorAccountResponse get(@PathParam("accountId") String accountId) {
        return queries.guarantor(accountId).map(GuarantorAccountResponse::from)
                .orElseThrow(() -> ProblemException.notFound("Guarantor account", accountId));
    }

    @PUT
    @Path("/{accountId}/patients/{patientId}")
    @Operation(summary = "Put a patient under a guarantor account (created on first use); 409 when the patient "
            + "already has entries on another account")
    @RolesAllowed(Roles.PATIENT_ACCOUNTS)
    @Audited(resource = "guarantor-account", patient = "patientId")
    public GuarantorAccountResponse link(@PathParam("accountId") String accountId,
            @PathParam("patientId") String patientId) {
        guarantors.link(accountId, patientId);
        return get(accountId);
    }
}
