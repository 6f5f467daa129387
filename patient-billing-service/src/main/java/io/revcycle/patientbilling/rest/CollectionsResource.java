package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import io.revcycle.audit.Audited;
import io.revcycle.patientbilling.domain.CollectionsPlacement;
import io.revcycle.patientbilling.domain.PlacementRun;
import io.revcycle.patientbilling.domain.ledger.Posting;
import io.revcycle.patientbilling.service.Collections;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/collections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collections", description = "Placement with the collection agency, agency payments, recall")
public class CollectionsResource {

    private final Collections collections;
    private final IdempotentRequests idempotent;
    private final SecurityIdentity identity;

    public CollectionsResource(Collections collections, IdempotentRequests idempotent, SecurityIdentity identity) {
        this.collections = collections;
        this.idempotent = idempotent;
        this.identity = identity;
    }

    public record RunView(UUID runId, Instant runAt, String runBy, String agencyId, int placed, BigDecimal total) {
        static RunView from(PlacementRun r) {
            return new RunView(r.id, r.runAt, r.runBy, r.agencyId, r.placed, r.total);
        }
    }

    public record PlacementView(UUID placementId, UUID runId, String accountId, String agencyId, String status,
            String rule, BigDecimal amount, Instant placedAt, Instant recalledAt, String recallReason) {
        static PlacementView from(CollectionsPlacement p) {
            return new PlacementView(p.id, p.runId, p.accountId, p.agencyId, p.status.name(), p.rule, p.amount,
                    p.placedAt, p.recalledAt, p.recallReason);
        }
    }

    public record AgencyPaymentBody(@NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @NotBlank @Size(max = 100) String reference) {
    }

    public record AgencyPaymentView(UUID postingId, String accountId, BigDecimal amount) {
    }

    public record RecallBody(@NotBlank @Size(max = 200) String reason) {
    }

    @POST
    @Path("/placement-runs")
    @Operation(summary = "Evaluate payment plans, then place every eligible account with the agency; 201 with the run")
    @RolesAllowed(Roles.BILLING_MANAGER)
    @Transactional
    @Audited(resource = "collections", operation = true)
    public Response run() {
        PlacementRun run = collections.placementRun(identity.getPrincipal().getName());
        return Response.status(201).entity(RunView.from(run)).build();
    }

    @GET
    @Path("/placement-runs/{runId}/export")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The run's placement file for the agency (pipe-delimited HDR, ACC, ENC, TRL records)")
    @RolesAllowed(Roles.BILLING_MANAGER)
    @Audited(resource = "collections")
    public Response export(@PathParam("runId") String runId) {
        PlacementRun run = null;
        try {
            run = PlacementRun.findById(UUID.fromString(runId));
        } catch (IllegalArgumentException e) {
            // not a UUID: not found either
        }
        if (run == null) {
            throw ProblemException.notFound("Placement run", runId);
        }
        return Response.ok(collections.placementFile(run)).header("Content-Disposition",
                "attachment; filename=\"placements-" + run.id + ".txt\"").build();
    }

    @GET
    @Path("/accounts/{accountId}")
    @Operation(summary = "A guarantor account's placements, oldest first")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Audited(resource = "collections")
    public List<PlacementView> placements(@PathParam("accountId") String accountId) {
        return CollectionsPlacement.ofAccount(accountId).stream().map(PlacementView::from).toList();
    }

    @POST
    @Path("/accounts/{accountId}/agency-payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what the agency collected (at most what is placed); needs an Idempotency-Key")
    @RolesAllowed(Roles.BILLING_MANAGER)
    @Transactional
    @Audited(resource = "collections")
    public Response agencyPayment(@PathParam("accountId") String accountId,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Valid @NotNull AgencyPaymentBody body) {
        return idempotent.once(idempotencyKey, "POST /collections/accounts/" + accountId + "/agency-payments", body,
                () -> {
                    Posting posting = collections.agencyPayment(accountId, body.amount(), body.reference());
                    return Response.status(201).entity(new AgencyPaymentView(posting.id(), accountId,
                            body.amount().setScale(2))).build();
                });
    }

    @POST
    @Path("/accounts/{accountId}/recall")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recall the account from the agency: what is still placed returns to patient A/R")
    @RolesAllowed(Roles.BILLING_MANAGER)
    @Transactional
    @Audited(resource = "collections", operation = true)
    public PlacementView recall(@PathParam("accountId") String accountId, @Valid @NotNull RecallBody body) {
        return PlacementView.from(collections.recall(accountId, body.reason()));
    }
}
