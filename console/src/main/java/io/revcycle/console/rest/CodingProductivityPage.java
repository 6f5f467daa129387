package io.revcycle.console.rest;

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

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.revcycle.console.service.CodingServiceClient;
import io.revcycle.console.service.CodingViews;
import io.revcycle.security.Roles;

/** The logged-in coder's own productivity (coding-service's report, their row only), over a chosen period. */
@Path("/coding/productivity")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CODER)
public class CodingProductivityPage {

    /** The period shown, UTC days, both inclusive (coding-service's default: the last 7 days). */
    public record Period(LocalDate from, LocalDate to) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance productivity(Page page, Period period, CodingViews.Productivity mine,
                String fetchedAt);

        static native TemplateInstance productivity$report(Period period, CodingViews.Productivity mine,
                String fetchedAt);
    }

    private final CodingServiceClient coding;
    private final Page.Factory pages;

    public CodingProductivityPage(@RestClient CodingServiceClient coding, Page.Factory pages) {
        this.coding = coding;
        this.pages = pages;
    }

    @GET
    public TemplateInstance page(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = period(from, to);
        return Templates.productivity(pages.of("My productivity"), period, mine(period), pages.fetchedAt());
    }

    @GET
    @Path("/report")
    public TemplateInstance report(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = period(from, to);
        return Templates.productivity$report(period, mine(period), pages.fetchedAt());
    }

    /** The coder's row, or null when they finalized nothing in the period. */
    private CodingViews.Productivity mine(Period period) {
        List<CodingViews.Productivity> rows = coding.myProductivity(period.from().toString(), period.to().toString());
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static Period period(String from, String to) {
        LocalDate last = day(to, LocalDate.now(ZoneOffset.UTC));
        LocalDate first = day(from, last.minusDays(6));
        if (first.isAfter(last)) {
            throw new ConsoleProblem(400, "the first day must not be after the last");
        }
        return new Period(first, last);
    }

    private static LocalDate day(String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ConsoleProblem(400, "a day is written YYYY-MM-DD");
        }
    }
}
