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
import jakarta.validation.constraints.Pattern;
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
import io.revcycle.patientbilling.config.BillingConfig;
import io.revcycle.patientbilling.domain.RefundRequest;
import io.revcycle.patientbilling.service.RefundService;
import io.revcycle.rest.Paging;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/refunds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Refunds", description = "Credit balances paid back: request, approve, issue")
public class RefundResource {

    /** The guarantor account ids the service takes (the console's account screen uses the same). */
    private static final java.util.regex.Pattern ACCOUNT_ID = java.util.regex.Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final RefundService refunds;
    private final IdempotentRequests idempotent;
    private final SecurityIdentity identity;
    private final BillingConfig config;

    public RefundResource(RefundService refunds, IdempotentRequests idempotent, SecurityIdentity identity,
            BillingConfig config) {
        this.refunds = refunds;
        this.idempotent = idempotent;
        this.identity = identity;
        this.config = config;
    }

    public record RefundRequestBody(@NotBlank @Size(max = 100) String patientId,
            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Size(max = 200) String reason) {
    }

    public record IssueBody(@NotBlank @Pattern(regexp = "CHECK|CARD|ACH|CASH", message = "must be one of CHECK, CARD, ACH, CASH")
            String method, @Size(max = 100) String reference) {
    }

    public record RefundView(UUID refundId, String accountId, String patientId, BigDecimal amount, String status,
            String reason, String requestedBy, Instant requestedAt, String approvedBy, Instant approvedAt,
            Instant issuedAt, String method, String reference) {

        static RefundView from(RefundRequest r) {
            return new RefundView(r.id, r.accountId, r.patientId, r.amount, r.status.name(), r.reason, r.requestedBy,
                    r.requestedAt, r.approvedBy, r.approvedAt, r.issuedAt, r.method, r.reference);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request a refund of (part of) the credit balance of the patient's guarantor account; needs an "
            + "Idempotency-Key")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Transactional
    @Audited(resource = "refund", patient = "patientId")
    public Response request(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull RefundRequestBody body) {
        return idempotent.once(idempotencyKey, "POST /refunds", body, () -> Response.status(201)
                .entity(RefundView.from(refunds.request(body.patientId(), body.amount(), body.reason(), user())))
                .build());
    }

    @POST
    @Path("/{refundId}/approve")
    @Operation(summary = "Approve a requested refund (a billing manager other than the requester); needs an "
            + "Idempotency-Key: the same key answers the first approval again (a double click), changing nothing")
    @RolesAllowed(Roles.BILLING_MANAGER)
    @Transactional
    @Audited(resource = "refund", patient = "patientId", operation = true)
    public Response approve(@PathParam("refundId") String refundId,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        // no body: the scope names the refund, so one key approves one refund once
        return idempotent.once(idempotencyKey, "POST /refunds/" + refundId + "/approve", null, () -> Response.ok(
                RefundView.from(refunds.approve(refundId(refundId), user()))).build());
    }

    @POST
    @Path("/{refundId}/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an approved refund: posts it to the ledger and announces the balance; needs an "
            + "Idempotency-Key")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Transactional
    @Audited(resource = "refund", patient = "patientId", operation = true)
    public Response issue(@PathParam("refundId") String refundId,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, @Valid @NotNull IssueBody body) {
        return idempotent.once(idempotencyKey, "POST /refunds/" + refundId + "/issue", body, () -> Response.ok(
                RefundView.from(refunds.issue(refundId(refundId), body.method(), body.reference()))).build());
    }

    @GET
    @Operation(summary = "Refunds of one status, by default those not yet issued (credit balances awaiting refund); "
            + "of one guarantor account with accountId; oldest request first, page (from 0) of size (at most "
            + "revcycle.billing.list-limit, the default)")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RefundView> list(@QueryParam("status") String status, @QueryParam("accountId") String accountId,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        RefundRequest.Status wanted;
        try {
            wanted = status == null || status.isBlank() ? null : RefundRequest.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status must be REQUESTED, APPROVED or ISSUED");
        }
        if (accountId != null && !ACCOUNT_ID.matcher(accountId).matches()) {
            throw ProblemException.badRequest("accountId must be 1-100 letters, digits, '.', '_' or '-', starting "
                    + "with a letter or digit");
        }
        Paging paging = Paging.of(page, size, config.listLimit(), config.listLimit());
        return RefundRequest.search(accountId, wanted, paging.page(), paging.size()).stream().map(RefundView::from).toList();
    }

    /** Parsed here, not by the framework, so an id that is no UUID is a 404 problem the audit trail records. */
    private static UUID refundId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Refund", id);
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
