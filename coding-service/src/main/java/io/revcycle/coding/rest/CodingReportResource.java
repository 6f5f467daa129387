package io.revcycle.coding.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.coding.service.CodingReports;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.CurrentUser;
import io.revcycle.security.Roles;

@Path("/reports")
@Tag(name = "Coding reports", description = "Productivity per coder (their own to each coder) and DNFB for coding managers")
@Produces(MediaType.APPLICATION_JSON)
public class CodingReportResource {

    private final CodingReports reports;
    private final CurrentUser currentUser;

    public CodingReportResource(CodingReports reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/productivity")
    @Operation(summary = "Per coder, items finalized from..to (UTC days, to inclusive; default the last 7 days): "
            + "items per hour by encounter type, overrides, audit agreement rate")
    @RolesAllowed(Roles.CODING_MANAGER)
    public List<CodingReports.CoderProductivity> productivity(@QueryParam("from") String from,
            @QueryParam("to") String to) {
        return report(from, to);
    }

    /** Not through productivity(): ArC intercepts self-invocation too, so its manager-only check would apply. */
    private List<CodingReports.CoderProductivity> report(String from, String to) {
        LocalDate last = day(to, "to", LocalDate.now(ZoneOffset.UTC));
        LocalDate first = day(from, "from", last.minusDays(6));
        if (first.isAfter(last)) {
            throw ProblemException.badRequest("from must not be after to");
        }
        Instant start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return reports.productivity(start, end);
    }

    /** A coder's own row of the productivity report (the others' rows stay the managers'). */
    @GET
    @Path("/productivity/mine")
    @Operation(summary = "The caller's own productivity from..to (as /reports/productivity; empty when the caller "
            + "finalized nothing then)")
    @RolesAllowed(Roles.CODER)
    public List<CodingReports.CoderProductivity> myProductivity(@QueryParam("from") String from,
            @QueryParam("to") String to) {
        String me = currentUser.name();
        return report(from, to).stream().filter(row -> me.equals(row.coder())).toList();
    }

    @GET
    @Path("/dnfb")
    @Operation(summary = "Discharged, not final billed: encounters documented and not yet billed, by facility, "
            + "reason (IN_CODING, ON_QUERY_HOLD, HELD_IN_CLAIMS, CODED_NOT_BILLED) and age bucket; the encounters "
            + "held in claims by hold reason")
    @RolesAllowed({ Roles.CODING_MANAGER, Roles.BILLING_MANAGER })
    public CodingReports.DnfbReport dnfb() {
        return reports.dnfb();
    }

    private static LocalDate day(String value, String name, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be a date (YYYY-MM-DD), not '" + value + "'");
        }
    }
}
