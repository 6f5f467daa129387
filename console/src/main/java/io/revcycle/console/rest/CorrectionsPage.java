package io.revcycle.console.rest;

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
import io.revcycle.console.service.BillingViews;
import io.revcycle.console.service.ClaimsServiceClient;
import io.revcycle.security.Roles;

/**
 * The claim correction queue: claims the scrubber, a 999 or a 277CA rejected, nearest filing deadline first
 * (claims-service's order: a rejected claim is not at the payer, the filing limit runs), the reason in words.
 */
@Path("/billing/corrections")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.BILLER, Roles.BILLING_MANAGER })
public class CorrectionsPage {

    static final List<String> STAGES = List.of("SCRUB", "ACK_999", "ACK_277CA");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance corrections(Page page, String status, String stage,
                List<BillingViews.CorrectionItem> items, String fetchedAt);

        static native TemplateInstance corrections$rows(String status, String stage,
                List<BillingViews.CorrectionItem> items, String fetchedAt);
    }

    private final ClaimsServiceClient claims;
    private final Page.Factory pages;

    public CorrectionsPage(@RestClient ClaimsServiceClient claims, Page.Factory pages) {
        this.claims = claims;
        this.pages = pages;
    }

    @GET
    public TemplateInstance page(@QueryParam("status") String status, @QueryParam("stage") String stage) {
        String s = status(status);
        String st = stage(stage);
        return Templates.corrections(pages.of("Claim correction queue"), s, st, items(s, st), pages.fetchedAt());
    }

    @GET
    @Path("/rows")
    public TemplateInstance rows(@QueryParam("status") String status, @QueryParam("stage") String stage) {
        String s = status(status);
        String st = stage(stage);
        return Templates.corrections$rows(s, st, items(s, st), pages.fetchedAt());
    }

    private List<BillingViews.CorrectionItem> items(String status, String stage) {
        return claims.corrections(status, null).stream().filter(i -> stage == null || stage.equals(i.stage()))
                .toList();
    }

    private static String status(String value) {
        if (value == null || value.isBlank()) {
            return "OPEN";
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!v.equals("OPEN") && !v.equals("RESOLVED")) {
            throw new ConsoleProblem(400, "status must be OPEN or RESOLVED");
        }
        return v;
    }

    private static String stage(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!STAGES.contains(v)) {
            throw new ConsoleProblem(400, "stage must be one of " + String.join(", ", STAGES));
        }
        return v;
    }
}
