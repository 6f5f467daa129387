package io.revcycle.console.service;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** remittance-service's REST API as the ERA screens use it (remittance-service/README.md), with the user's token. */
@RegisterRestClient(configKey = "remittance-service")
@RegisterClientHeaders(UserAccessToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface RemittanceServiceClient {

    /** 835 files, newest first. */
    @GET
    @Path("/remittance-files")
    List<RemittanceViews.File> files(@QueryParam("status") String status);

    @GET
    @Path("/remittance-files/{fileId}")
    RemittanceViews.File file(@PathParam("fileId") String fileId);

    @GET
    @Path("/remittances/{claimId}")
    RemittanceViews.Remittance remittance(@PathParam("claimId") String claimId);

    @GET
    @Path("/remittances/unmatched")
    List<RemittanceViews.ClaimPayment> unmatched();

    /** Posts the claim payment to the claim, once; who matched it comes from the token. */
    @POST
    @Path("/remittances/unmatched/{id}/match")
    @Consumes(MediaType.APPLICATION_JSON)
    RemittanceViews.Remittance match(@PathParam("id") long id, RemittanceViews.Match match);
}
