package io.revcycle.insights.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.revcycle.insights.service.KpiReport;
import io.revcycle.rest.ProblemException;
import io.revcycle.insights.service.KpiService;
import io.revcycle.security.Roles;

/** The managers' KPIs (docs/kpis.md); managers of billing and of coding read them (docs/security.md). */
@Path("/kpis")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

    private final KpiService kpis;

    public KpiResource(KpiService kpis) {
        this.kpis = kpis;
    }

    /**
     * @param asOf the end of the period (ISO-8601 instant), default now
     * @param days the period's length, 1 to 366, default revcycle.insights.period-days
     */
    @GET
    @RolesAllowed({ Roles.BILLING_MANAGER, Roles.CODING_MANAGER })
    public KpiReport report(@QueryParam("asOf") String asOf, @QueryParam("days") Integer days) {
        if (days != null && (days < 1 || days > 366)) {
            throw ProblemException.badRequest("days must be between 1 and 366");
        }
        Instant end;
        try {
            end = asOf == null || asOf.isBlank() ? Instant.now() : Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("asOf must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
        return kpis.report(end, days);
    }
}
