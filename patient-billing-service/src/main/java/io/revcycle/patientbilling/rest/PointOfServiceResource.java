package io.revcycle.patientbilling.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.patientbilling.service.PointOfService;
import io.revcycle.security.Roles;

@Path("/encounters/{encounterId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Point of service", description = "The patient's estimated share of an encounter before the payer "
        + "adjudicates, and payments taken against it")
public class PointOfServiceResource {

    private final PointOfService pointOfService;
    private final IdempotentRequests idempotent;

    public PointOfServiceResource(PointOfService pointOfService, IdempotentRequests idempotent) {
        this.pointOfService = pointOfService;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/estimate")
    @Operation(summary = "The encounter's newest point-of-service estimate (from eligibility-service), what was "
            + "collected against it and the encounter's patient balance now")
    @RolesAllowed({ Roles.REGISTRATION, Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Transactional
    @Audited(resource = "estimate", patient = "patientId")
    public EncounterEstimateView estimate(@PathParam("encounterId") String encounterId) {
        return EncounterEstimateView.from(pointOfService.status(encounterId));
    }

    @POST
    @Path("/point-of-service-payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a payment against the encounter's estimate before adjudication: it waits on the "
            + "encounter for the claim's patient shares, an overpayment then becomes credit; announced as "
            + "PatientBalanceChanged. Needs an Idempotency-Key: the same key and body answer the first result again, "
            + "another body 422")
    @RolesAllowed({ Roles.REGISTRATION, Roles.PATIENT_ACCOUNTS })
    @Transactional // the payment and its audit row commit together
    @Audited(resource = "payment", patient = "patientId")
    public Response pay(@PathParam("encounterId") String encounterId,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull PointOfServicePaymentRequest request) {
        return idempotent.once(idempotencyKey, "POST /encounters/" + encounterId + "/point-of-service-payments",
                request, () -> Response.created(UriBuilder.fromResource(PointOfServiceResource.class)
                        .path("estimate").build(encounterId))
                        .entity(EncounterEstimateView.from(pointOfService.collect(encounterId, request.amount(),
                                request.method(), request.reference())))
                        .build());
    }
}
