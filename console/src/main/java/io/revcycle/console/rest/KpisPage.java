package io.revcycle.console.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import io.quarkus.security.identity.SecurityIdentity;
import io.revcycle.console.service.KpiViews;
import io.revcycle.console.service.RevenueInsightsClient;
import io.revcycle.security.Roles;

/**
 * The managers' KPIs (docs/kpis.md) as revenue-insights computes them from the event stream, with targets, the prior
 * period and links down to the work list where each figure is worked (where the manager may open it).
 */
@Path("/managers/kpis")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.BILLING_MANAGER, Roles.CODING_MANAGER })
public class KpisPage {

    /** The period asked for: its last day (UTC, inclusive) and length; blank = revenue-insights' defaults. */
    public record Period(String endDay, Integer days) {
    }

    /** A Pareto bar with its share of the period's denied dollars, for the bar's width. */
    public record Bar(KpiViews.ParetoBar bar, BigDecimal percentOfTotal, String href) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance kpis(Page page, Period period, KpiViews.Report report, List<Bar> bars,
                QueueChart queueChart, boolean denialsOpen, boolean codingOpen, String fetchedAt);
    }

    private final RevenueInsightsClient insights;
    private final Page.Factory pages;
    private final SecurityIdentity identity;

    public KpisPage(@RestClient RevenueInsightsClient insights, Page.Factory pages, SecurityIdentity identity) {
        this.insights = insights;
        this.pages = pages;
        this.identity = identity;
    }

    @GET
    public TemplateInstance page(@QueryParam("endDay") String endDay, @QueryParam("days") Integer days) {
        Period period = new Period(endDay == null || endDay.isBlank() ? null : endDay.strip(), days);
        KpiViews.Report report = insights.kpis(asOf(period.endDay()), days);
        boolean denialsOpen = Screen.DENIALS.allows(identity);
        return Templates.kpis(pages.of("Revenue-cycle KPIs"), period, report, bars(report, denialsOpen),
                QueueChart.of(report.workQueues()), denialsOpen, Screen.CODING_WORKLIST.allows(identity),
                pages.fetchedAt());
    }

    /** The end of the given day (UTC): the report covers that whole day. */
    private static String asOf(String endDay) {
        if (endDay == null) {
            return null;
        }
        try {
            return LocalDate.parse(endDay).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        } catch (DateTimeParseException e) {
            throw new ConsoleProblem(400, "the last day must be a date such as 2026-11-30");
        }
    }

    private static List<Bar> bars(KpiViews.Report report, boolean linked) {
        BigDecimal total = report.denialPareto().stream().map(KpiViews.ParetoBar::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return report.denialPareto().stream().map(b -> new Bar(b, total.signum() == 0 ? BigDecimal.ZERO
                : b.amount().multiply(BigDecimal.valueOf(100)).divide(total, 0, RoundingMode.HALF_UP),
                linked ? "/billing/denials?payerId=" + b.payerId() + "&category=" + b.category() : null)).toList();
    }
}
