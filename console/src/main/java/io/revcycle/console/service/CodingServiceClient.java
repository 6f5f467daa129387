package io.revcycle.console.service;

import java.util.List;

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

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;


/**
 * coding-service's REST API as the console uses it (coding-service/README.md), called with the logged-in user's
 * access token: coding-service decides what the user may see and do, the console never widens it.
 */
@RegisterRestClient(configKey = "coding-service")
@RegisterClientHeaders(UserAccessToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface CodingServiceClient {

    /** One page of the filtered, ordered work list; header X-Total-Count: the items matching in all. */
    @GET
    @Path("/worklist")
    RestResponse<List<CodingViews.WorkItemSummary>> worklist(@QueryParam("status") String status,
            @QueryParam("facilityId") String facilityId, @QueryParam("encounterType") String encounterType,
            @QueryParam("specialty") String specialty, @QueryParam("q") String text, @QueryParam("sort") String sort,
            @QueryParam("offset") int offset, @QueryParam("limit") int limit);

    /** A coding manager assigns (or reassigns) an open item to a coder. */
    @POST
    @Path("/worklist/{encounterId}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    CodingViews.WorkItem assign(@PathParam("encounterId") String encounterId, CodingViews.Assign assign);

    /** The caller's own productivity (coders). */
    @GET
    @Path("/reports/productivity/mine")
    List<CodingViews.Productivity> myProductivity(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/worklist/queues")
    List<CodingViews.QueueCount> queues();

    @GET
    @Path("/worklist/{encounterId}")
    CodingViews.WorkItem item(@PathParam("encounterId") String encounterId);

    @GET
    @Path("/worklist/{encounterId}/suggestions")
    List<CodingViews.ChartSuggestion> suggestions(@PathParam("encounterId") String encounterId,
            @QueryParam("limit") int limit);

    @PUT
    @Path("/worklist/{encounterId}/codes")
    @Consumes(MediaType.APPLICATION_JSON)
    CodingViews.WorkItem updateCodes(@PathParam("encounterId") String encounterId, CodingViews.UpdateCodes codes);

    @POST
    @Path("/worklist/{encounterId}/finalize")
    @Consumes(MediaType.APPLICATION_JSON)
    CodingViews.WorkItem finalizeCoding(@PathParam("encounterId") String encounterId, CodingViews.Finalize request);

    /** 200 with the item now assigned to the caller, 204 when the queue is empty. */
    @POST
    @Path("/worklist/next")
    Response next(@QueryParam("facilityId") String facilityId, @QueryParam("encounterType") String encounterType,
            @QueryParam("specialty") String specialty);

    @GET
    @Path("/queries/templates")
    List<CodingViews.QueryTemplate> queryTemplates();

    @GET
    @Path("/queries")
    List<CodingViews.Query> queries(@QueryParam("status") String status, @QueryParam("physicianNpi") String physicianNpi);

    @POST
    @Path("/queries")
    @Consumes(MediaType.APPLICATION_JSON)
    CodingViews.Query raiseQuery(CodingViews.RaiseQuery query);

    @POST
    @Path("/queries/{queryId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    CodingViews.Query answerQuery(@PathParam("queryId") String queryId, CodingViews.Answer answer);
}
