package io.revcycle.console.service;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** claims-service's REST API as the billing screens use it (claims-service/README.md), with the user's token. */
@RegisterRestClient(configKey = "claims-service")
@RegisterClientHeaders(UserAccessToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface ClaimsServiceClient {

    /** Open denials (OPEN and WAITING), nearest appeal deadline first, then the largest amount. */
    @GET
    @Path("/denials")
    List<BillingViews.Denial> denials(@QueryParam("payerId") String payerId, @QueryParam("category") String category,
            @QueryParam("department") String department, @QueryParam("limit") Integer limit);

    @GET
    @Path("/claims/{claimId}")
    BillingViews.Claim claim(@PathParam("claimId") String claimId);

    @GET
    @Path("/claims/{claimId}/timeline")
    List<BillingViews.TimelineStep> timeline(@PathParam("claimId") String claimId);
}
