package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;
import java.util.List;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.patientbilling.domain.PatientPayment;
import io.revcycle.patientbilling.service.AccountQueries;
import io.revcycle.patientbilling.service.PaymentService;
import io.revcycle.patientbilling.service.RecordPaymentCommand;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patient accounts", description = "What patients owe after their payer, and what they paid")
public class AccountResource {

    private final AccountQueries queries;
    private final PaymentService payments;
    private final IdempotentRequests idempotent;

    public AccountResource(AccountQueries queries, PaymentService payments, IdempotentRequests idempotent) {
        this.queries = queries;
        this.payments = payments;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/{patientId}")
    @Operation(summary = "A patient's balance with the patient shares billed and the payments made")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Audited(resource = "account", patient = "patientId")
    public AccountResponse get(@PathParam("patientId") String patientId) {
        return queries.find(patientId).map(AccountResponse::from)
                .orElseThrow(() -> ProblemException.notFound("Account of patient", patientId));
    }

    @GET
    @Operation(summary = "Accounts, highest balance first, optionally only those with at least minBalance")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    public List<AccountListItem> list(@QueryParam("minBalance") String minBalance) {
        return queries.list(parseMinBalance(minBalance)).stream().map(AccountListItem::from).toList();
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Number of accounts, their total balance, claims posted and payments recorded")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    public AccountSummaryResponse summary() {
        return AccountSummaryResponse.from(queries.summary());
    }

    @POST
    @Path("/{patientId}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a payment toward the patient's guarantor account (chosen encounter first, then oldest "
            + "first; an overpayment stays as a credit); announced as PatientBalanceChanged. Needs an Idempotency-Key: the "
            + "same key and body answer the first result again, another body 422")
    @RolesAllowed(Roles.PATIENT_ACCOUNTS)
    @Transactional // the payment and its audit row commit together
    @Audited(resource = "payment", patient = "patientId")
    public Response pay(@PathParam("patientId") String patientId,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull RecordPaymentRequest request) {
        return idempotent.once(idempotencyKey, "POST /accounts/" + patientId + "/payments", request, () -> {
            PatientPayment payment = payments.record(new RecordPaymentCommand(patientId, request.amount(),
                    request.method(), request.reference(), request.encounterId()));
            return Response.created(UriBuilder.fromResource(AccountResource.class).path("{patientId}")
                    .build(patientId)).entity(PaymentResponse.from(payment)).build();
        });
    }

    private static BigDecimal parseMinBalance(String minBalance) {
        if (minBalance == null || minBalance.isBlank()) {
            return new BigDecimal("0.00");
        }
        try {
            return new BigDecimal(minBalance);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("minBalance must be a decimal amount, e.g. 25.00");
        }
    }
}
