package io.revcycle.patientbilling.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.patientbilling.service.BillingReports;
import io.revcycle.security.Roles;

@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Patient A/R aging, collections totals, credit balances awaiting refund")
public class ReportResource {

    private final BillingReports reports;

    public ReportResource(BillingReports reports) {
        this.reports = reports;
    }

    @GET
    @Path("/ar-aging")
    @Operation(summary = "What all guarantor accounts owe by age bucket (0-30 ... 120+), in collections, in credit")
    @RolesAllowed(Roles.BILLING_MANAGER)
    @Audited(resource = "report")
    public BillingReports.ArAging arAging() {
        return reports.arAging();
    }

    @GET
    @Path("/collections")
    @Operation(summary = "Collections totals: placed, recalled, collected by the agency, bad debt written off")
    @RolesAllowed(Roles.BILLING_MANAGER)
    @Audited(resource = "report")
    public BillingReports.CollectionsTotals collections() {
        return reports.collections();
    }

    @GET
    @Path("/credit-balances")
    @Operation(summary = "Accounts holding credit, with the refunds requested or approved against it")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Audited(resource = "report")
    public List<BillingReports.CreditBalance> creditBalances() {
        return reports.creditBalances();
    }
}
