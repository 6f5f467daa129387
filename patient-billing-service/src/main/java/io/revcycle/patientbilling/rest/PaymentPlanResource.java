package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import io.revcycle.audit.Audited;
import io.revcycle.patientbilling.domain.PaymentPlan;
import io.revcycle.patientbilling.domain.PlanInstallment;
import io.revcycle.patientbilling.service.PaymentPlans;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/payment-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payment plans", description = "Installment plans: schedule, payments applied, missed installments, default")
public class PaymentPlanResource {

    private final PaymentPlans plans;
    private final IdempotentRequests idempotent;
    private final SecurityIdentity identity;

    public PaymentPlanResource(PaymentPlans plans, IdempotentRequests idempotent, SecurityIdentity identity) {
        this.plans = plans;
        this.idempotent = idempotent;
        this.identity = identity;
    }

    /** firstDueDate absent: a month from today. */
    public record PlanBody(@NotBlank @Size(max = 100) String patientId,
            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal installmentAmount,
            LocalDate firstDueDate) {
    }

    public record InstallmentView(int number, LocalDate dueDate, BigDecimal amount, BigDecimal paid, boolean missed) {
        static InstallmentView from(PlanInstallment i) {
            return new InstallmentView(i.number, i.dueDate, i.amount, i.paid, i.missed);
        }
    }

    public record PlanView(UUID planId, String accountId, String patientId, String status, BigDecimal total,
            BigDecimal installmentAmount, int graceDays, BigDecimal remaining, String createdBy, Instant createdAt,
            Instant endedAt, String endReason, UUID replacesPlanId, UUID replacedByPlanId,
            List<InstallmentView> installments) {
        static PlanView from(PaymentPlan p) {
            return new PlanView(p.id, p.accountId, p.patientId, p.status.name(), p.total, p.installmentAmount,
                    p.graceDays, p.schedule().remaining(), p.createdBy, p.createdAt, p.endedAt, p.endReason,
                    p.replacesPlanId, p.replacedByPlanId, p.installments.stream().map(InstallmentView::from).toList());
        }
    }

    public record CancelBody(@NotBlank @Size(max = 500) String reason) {
    }

    /** firstDueDate absent: a month from today. */
    public record RenegotiateBody(
            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal installmentAmount,
            LocalDate firstDueDate, @NotBlank @Size(max = 500) String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set up a payment plan for what the patient's guarantor account owes (monthly installments); "
            + "needs an Idempotency-Key")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Transactional
    @Audited(resource = "payment-plan", patient = "patientId")
    public Response create(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull PlanBody body) {
        return idempotent.once(idempotencyKey, "POST /payment-plans", body, () -> Response.status(201)
                .entity(PlanView.from(plans.create(body.patientId(), body.installmentAmount(), body.firstDueDate(),
                        identity.getPrincipal().getName())))
                .build());
    }

    @POST
    @Path("/{planId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End an active plan with a reason (CANCELLED; dunning resumes); needs an Idempotency-Key")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Transactional
    @Audited(resource = "payment-plan", patient = "patientId", operation = true)
    public Response cancel(@PathParam("planId") String planId,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Valid @NotNull CancelBody body) {
        return idempotent.once(idempotencyKey, "POST /payment-plans/" + planId + "/cancellation", body,
                () -> Response.ok(PlanView.from(plans.cancel(planId, body.reason()))).build());
    }

    @POST
    @Path("/{planId}/renegotiation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "New terms for an active plan: what the account owes now over installments of the new amount; "
            + "the old plan closed as RENEGOTIATED with the reason; 201 with the new plan; needs an Idempotency-Key")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Transactional
    @Audited(resource = "payment-plan", patient = "patientId", operation = true)
    public Response renegotiate(@PathParam("planId") String planId,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Valid @NotNull RenegotiateBody body) {
        return idempotent.once(idempotencyKey, "POST /payment-plans/" + planId + "/renegotiation", body, () -> {
            PaymentPlan plan = plans.renegotiate(planId, body.installmentAmount(), body.firstDueDate(),
                    body.reason(), identity.getPrincipal().getName()).plan();
            return Response.status(201).location(URI.create("/payment-plans/" + plan.id)).entity(PlanView.from(plan))
                    .build();
        });
    }

    @GET
    @Operation(summary = "The payment plans of a guarantor account, oldest first")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Audited(resource = "payment-plan")
    public List<PlanView> list(@QueryParam("accountId") String accountId) {
        if (accountId == null || accountId.isBlank()) {
            throw ProblemException.badRequest("accountId is required");
        }
        return PaymentPlan.ofAccount(accountId).stream().map(PlanView::from).toList();
    }

    @GET
    @Path("/{planId}")
    @Operation(summary = "A payment plan with its installments")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Audited(resource = "payment-plan", patient = "patientId")
    public PlanView get(@PathParam("planId") String planId) {
        PaymentPlan plan = null;
        try {
            plan = PaymentPlan.findById(UUID.fromString(planId));
        } catch (IllegalArgumentException e) {
            // not a UUID: not found either
        }
        if (plan == null) {
            throw ProblemException.notFound("Payment plan", planId);
        }
        return PlanView.from(plan);
    }

    @POST
    @Path("/evaluations")
    @Operation(summary = "Check every active plan as of today: missed installments, defaults after the grace period, "
            + "plans whose account owes nothing")
    @RolesAllowed(Roles.BILLING_MANAGER)
    @Transactional
    @Audited(resource = "payment-plan", operation = true)
    public PaymentPlans.Evaluation evaluate() {
        return plans.evaluate();
    }
}
