package io.revcycle.console.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.revcycle.console.config.ConsoleConfig;
import io.revcycle.console.service.ClaimsServiceClient;
import io.revcycle.console.service.DenialRows;
import io.revcycle.denials.DenialCategory;
import io.revcycle.denials.Department;
import io.revcycle.security.Roles;

/**
 * The denial work list: open denials nearest appeal deadline first, then largest amount (claims-service's order),
 * by payer, category and owning department, with the CARC/RARC in words. The actions on a denial come next.
 */
@Path("/billing/denials")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLER, Roles.BILLING_MANAGER })
public class DenialsPage {

    /** The filter as chosen; blank parts mean any; returnedFromCoding: only lines coding gave back to billing. */
    public record Filter(String payerId, String category, String department, boolean returnedFromCoding) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance denials(Page page, Filter filter, List<String> categories,
                List<String> departments, List<DenialRows.Row> rows, String fetchedAt);

        static native TemplateInstance denials$rows(Filter filter, List<DenialRows.Row> rows, String fetchedAt);
    }

    private final ClaimsServiceClient claims;
    private final DenialRows denialRows;
    private final Page.Factory pages;
    private final ConsoleConfig config;

    public DenialsPage(@RestClient ClaimsServiceClient claims, DenialRows denialRows, Page.Factory pages,
            ConsoleConfig config) {
        this.claims = claims;
        this.denialRows = denialRows;
        this.pages = pages;
        this.config = config;
    }

    @GET
    public TemplateInstance page(@QueryParam("payerId") String payerId, @QueryParam("category") String category,
            @QueryParam("department") String department, @QueryParam("returnedFromCoding") String returnedFromCoding) {
        Filter filter = filter(payerId, category, department, returnedFromCoding);
        return Templates.denials(pages.of("Denial work list"), filter, names(DenialCategory.values()),
                names(Department.values()), rows(filter), pages.fetchedAt());
    }

    @GET
    @Path("/rows")
    public TemplateInstance rows(@QueryParam("payerId") String payerId, @QueryParam("category") String category,
            @QueryParam("department") String department, @QueryParam("returnedFromCoding") String returnedFromCoding) {
        Filter filter = filter(payerId, category, department, returnedFromCoding);
        return Templates.denials$rows(filter, rows(filter), pages.fetchedAt());
    }

    private List<DenialRows.Row> rows(Filter filter) {
        return denialRows.rows(claims.denials(filter.payerId(), filter.category(), filter.department(),
                config.pageSize(), filter.returnedFromCoding() ? Boolean.TRUE : null));
    }

    private static Filter filter(String payerId, String category, String department, String returnedFromCoding) {
        return new Filter(blankToNull(payerId), known(category, names(DenialCategory.values()), "category"),
                known(department, names(Department.values()), "department"), checkbox(returnedFromCoding));
    }

    /** A checkbox: absent or blank is off, "true" (its value) or "on" is on; anything else is a 400. */
    private static boolean checkbox(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return false;
        }
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on")) {
            return true;
        }
        throw new ConsoleProblem(400, "returnedFromCoding must be true or left out");
    }

    private static String known(String value, List<String> names, String what) {
        String v = blankToNull(value);
        if (v != null && !names.contains(v.toUpperCase(Locale.ROOT))) {
            throw new ConsoleProblem(400, what + " must be one of " + String.join(", ", names));
        }
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
