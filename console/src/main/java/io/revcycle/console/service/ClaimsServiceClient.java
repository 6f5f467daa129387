package io.revcycle.console.service;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** claims-service's REST API as the billing screens use it (claims-service/README.md), with the user's token. */
@RegisterRestClient(configKey = "claims-service")
@RegisterClientHeaders(UserAccessToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface ClaimsServiceClient {

    /**
     * Open denials (OPEN and WAITING), nearest appeal deadline first, then the largest amount; returnedFromCoding
     * true: only those coding's re-review gave back to billing (null: all).
     */
    @GET
    @Path("/denials")
    List<BillingViews.Denial> denials(@QueryParam("payerId") String payerId, @QueryParam("category") String category,
            @QueryParam("department") String department, @QueryParam("limit") Integer limit,
            @QueryParam("returnedFromCoding") Boolean returnedFromCoding);

    @GET
    @Path("/claims/{claimId}")
    BillingViews.Claim claim(@PathParam("claimId") String claimId);

    @GET
    @Path("/claims/{claimId}/timeline")
    List<BillingViews.TimelineStep> timeline(@PathParam("claimId") String claimId);

    @GET
    @Path("/denials/{id}")
    BillingViews.DenialDetail denial(@PathParam("id") long id);

    @POST
    @Path("/denials/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    BillingViews.Denial assign(@PathParam("id") long id, Map<String, String> body);

    @POST
    @Path("/denials/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    Response note(@PathParam("id") long id, Map<String, String> body);

    @POST
    @Path("/denials/{id}/correct")
    @Consumes(MediaType.APPLICATION_JSON)
    BillingViews.Resubmission correct(@PathParam("id") long id, BillingViews.Correction correction);

    @POST
    @Path("/denials/{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    BillingViews.Resubmission voidClaim(@PathParam("id") long id, Map<String, String> body);

    @POST
    @Path("/denials/{id}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    BillingViews.Appeal appeal(@PathParam("id") long id, Map<String, String> body);

    @GET
    @Path("/denials/{id}/appeal-letter")
    @Produces("application/pdf")
    byte[] appealLetter(@PathParam("id") long id);

    @POST
    @Path("/denials/{id}/write-off")
    @Consumes(MediaType.APPLICATION_JSON)
    BillingViews.Denial writeOff(@PathParam("id") long id, Map<String, String> body);

    @POST
    @Path("/denials/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    BillingViews.Denial resolve(@PathParam("id") long id, Map<String, String> body);

    @POST
    @Path("/denials/{id}/route-to-coding")
    @Consumes(MediaType.APPLICATION_JSON)
    BillingViews.Denial routeToCoding(@PathParam("id") long id, Map<String, String> body);

    /** The correction queue, nearest filing deadline first. */
    @GET
    @Path("/corrections")
    List<BillingViews.CorrectionItem> corrections(@QueryParam("status") String status,
            @QueryParam("claimId") String claimId);

    @PATCH
    @Path("/claims/{claimId}")
    @Consumes(MediaType.APPLICATION_JSON)
    BillingViews.Claim patch(@PathParam("claimId") String claimId, @QueryParam("leg") String leg,
            BillingViews.Correction correction);

    /** Re-priced and re-scrubbed: READY for the next batch, or back in the queue with new findings. */
    @POST
    @Path("/claims/{claimId}/resend")
    BillingViews.Claim resend(@PathParam("claimId") String claimId, @QueryParam("leg") String leg);

    /** The 837 batches sent, newest first, with their claims counted by 999/277CA acknowledgment. */
    @GET
    @Path("/claim-batches")
    BillingViews.BatchPage claimBatches(@QueryParam("status") String status, @QueryParam("payerId") String payerId,
            @QueryParam("size") int size);

    /** One batch with each claim's acknowledgment in it; 404 when unknown. */
    @GET
    @Path("/claim-batches/{batchId}")
    BillingViews.BatchDetail claimBatch(@PathParam("batchId") long batchId);

    @GET
    @Path("/claims/summary")
    BillingViews.Summary summary();
}
