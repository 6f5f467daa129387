package io.revcycle.console.service;

import java.util.List;

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

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * patient-billing-service's REST API as the patient-accounts screens use it (patient-billing-service/README.md),
 * with the user's token: the service decides who may read an account or record a payment, and audits both.
 */
@RegisterRestClient(configKey = "patient-billing-service")
@RegisterClientHeaders(UserAccessToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface PatientBillingClient {

    /** Patients owing at least minBalance, highest first (at most the service's list limit). */
    @GET
    @Path("/accounts")
    List<AccountViews.Owing> owing(@QueryParam("minBalance") String minBalance);

    @GET
    @Path("/accounts/{patientId}")
    AccountViews.PatientAccount patient(@PathParam("patientId") String patientId);

    @GET
    @Path("/guarantor-accounts/{accountId}")
    AccountViews.GuarantorAccount account(@PathParam("accountId") String accountId);

    /** Needs an Idempotency-Key: the same key and body answer the first payment again, so a double submit posts once. */
    @POST
    @Path("/accounts/{patientId}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    AccountViews.Receipt pay(@PathParam("patientId") String patientId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, AccountViews.PaymentRequest payment);

    @GET
    @Path("/statements")
    List<AccountViews.Statement> statements(@QueryParam("accountId") String accountId);

    /** The statement as PDF, passed through to the browser (which holds no token for the service). */
    @GET
    @Path("/statements/{statementId}/pdf")
    @Produces("application/pdf")
    Response statementPdf(@PathParam("statementId") String statementId);

    @GET
    @Path("/payment-plans")
    List<AccountViews.Plan> plans(@QueryParam("accountId") String accountId);

    @GET
    @Path("/collections/accounts/{accountId}")
    List<AccountViews.Placement> placements(@PathParam("accountId") String accountId);

    @POST
    @Path("/payment-plans")
    @Consumes(MediaType.APPLICATION_JSON)
    AccountViews.Plan createPlan(@HeaderParam("Idempotency-Key") String idempotencyKey, AccountViews.PlanRequest plan);

    /** 201 with the new plan; the old one is closed as RENEGOTIATED with the reason. */
    @POST
    @Path("/payment-plans/{planId}/renegotiation")
    @Consumes(MediaType.APPLICATION_JSON)
    AccountViews.Plan renegotiatePlan(@PathParam("planId") String planId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, AccountViews.Renegotiation terms);

    @POST
    @Path("/payment-plans/{planId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    AccountViews.Plan cancelPlan(@PathParam("planId") String planId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, AccountViews.Cancellation cancellation);

    /** The account's refunds of one status (null: every refund not yet issued), oldest request first. */
    @GET
    @Path("/refunds")
    List<AccountViews.Refund> refunds(@QueryParam("status") String status, @QueryParam("accountId") String accountId);

    @POST
    @Path("/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    AccountViews.Refund requestRefund(@HeaderParam("Idempotency-Key") String idempotencyKey,
            AccountViews.RefundRequest refund);

    /** 409 for the refund's own requester: another billing manager approves. The same key approves once. */
    @POST
    @Path("/refunds/{refundId}/approve")
    AccountViews.Refund approveRefund(@PathParam("refundId") String refundId,
            @HeaderParam("Idempotency-Key") String idempotencyKey);

    @POST
    @Path("/refunds/{refundId}/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    AccountViews.Refund issueRefund(@PathParam("refundId") String refundId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, AccountViews.RefundIssue issue);

    @POST
    @Path("/write-offs")
    @Consumes(MediaType.APPLICATION_JSON)
    AccountViews.WriteOff writeOff(@HeaderParam("Idempotency-Key") String idempotencyKey,
            AccountViews.WriteOffRequest writeOff);
}
