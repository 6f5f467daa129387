package io.revcycle.console.service;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** revenue-insights' KPI report (docs/kpis.md), fetched with the manager's own token. */
@RegisterRestClient(configKey = "revenue-insights")
@RegisterClientHeaders(UserAccessToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface RevenueInsightsClient {

    @GET
    @Path("/kpis")
    KpiViews.Report kpis(@QueryParam("asOf") String asOf, @QueryParam("days") Integer days);
}
