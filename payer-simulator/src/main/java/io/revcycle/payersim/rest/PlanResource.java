package io.revcycle.payersim.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.payersim.domain.Plan;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

/** Benefit plans: copay per claim, coinsurance, annual deductible and out-of-pocket maximum. */
@Path("/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "plans")
public class PlanResource {

    public record PlanRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+") String planId,
            @NotBlank String payerId,
            @NotBlank @Size(max = 60) String name,
            /* CLP06 of the 835: 12-17, AM, CH, DS, HM, LM, MA, MB, MC, OF, TV, VA, WC, ZZ */
            @Pattern(regexp = "1[2-7]|AM|CH|DS|HM|LM|MA|MB|MC|OF|TV|VA|WC|ZZ") String claimFilingIndicator,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal copay,
            @NotNull @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal coinsurancePercent,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal annualDeductible,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal outOfPocketMax) {
    }

    @GET
    @RolesAllowed(Roles.INTEGRATION)
    public List<Plan> list(@QueryParam("payerId") String payerId) {
        return payerId == null ? Plan.list("order by planId") : Plan.list("payerId = ?1 order by planId", payerId);
    }

    @GET
    @Path("{planId}")
    @RolesAllowed(Roles.INTEGRATION)
    public Plan get(@PathParam("planId") String planId) {
        Plan p = Plan.findById(planId);
        if (p == null) {
            throw ProblemException.notFound("plan", planId);
        }
        return p;
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.INTEGRATION)
    public Response create(@Valid @NotNull PlanRequest request) {
        if (Plan.findById(request.planId()) != null) {
            throw ProblemException.conflict("plan " + request.planId() + " exists; PUT /plans/" + request.planId()
                    + " changes it");
        }
        Plan p = new Plan();
        p.planId = request.planId();
        apply(p, request);
        p.persist();
        return Response.status(201).entity(p).build();
    }

    @PUT
    @Path("{planId}")
    @Transactional
    @RolesAllowed(Roles.INTEGRATION)
    public Plan update(@PathParam("planId") String planId, @Valid @NotNull PlanRequest request) {
        if (!planId.equals(request.planId())) {
            throw ProblemException.badRequest("planId in the body differs from the path");
        }
        Plan p = Plan.findById(planId);
        boolean created = p == null;
        if (created) {
            p = new Plan();
            p.planId = planId;
        }
        apply(p, request);
        if (created) {
            p.persist();
        }
        return p;
    }

    private static void apply(Plan p, PlanRequest r) {
        PayerResource.find(r.payerId());
        if (p.payerId != null && !p.payerId.equals(r.payerId())) {
            throw ProblemException.badRequest("a plan stays with its payer");
        }
        p.payerId = r.payerId();
        p.name = r.name();
        p.claimFilingIndicator = r.claimFilingIndicator() == null ? "12" : r.claimFilingIndicator();
        p.copay = r.copay().setScale(2);
        p.coinsurancePercent = r.coinsurancePercent().setScale(2);
        p.annualDeductible = r.annualDeductible().setScale(2);
        p.outOfPocketMax = r.outOfPocketMax().setScale(2);
    }
}
