package io.revcycle.console.rest;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.revcycle.console.service.BillingForms;
import io.revcycle.console.service.BillingViews;
import io.revcycle.console.service.ClaimsServiceClient;
import io.revcycle.security.Roles;

/**
 * One rejected claim: why it was rejected (in words), the fields a biller corrects (member id, subscriber,
 * diagnoses), then "re-validate and resend": claims-service re-prices and re-scrubs it and it goes out in the next
 * batch, or comes back here with the new findings.
 */
// not "rows": that is the queue's fragment (CorrectionsPage)
@Path("/billing/corrections/{claimId: (?!rows$)[A-Za-z0-9][A-Za-z0-9._-]{0,63}}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.BILLER, Roles.BILLING_MANAGER })
public class CorrectionWorkspacePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance workspace(Page page, BillingViews.Claim claim,
                List<BillingViews.CorrectionItem> items, List<BillingViews.TimelineStep> steps, String leg,
                boolean mayFix, String fetchedAt, String notice);

        static native TemplateInstance workspace$fix(BillingViews.Claim claim,
                List<BillingViews.CorrectionItem> items, List<BillingViews.TimelineStep> steps, String leg,
                boolean mayFix, String fetchedAt, String notice);
    }

    private final ClaimsServiceClient claims;
    private final SecurityIdentity identity;
    private final Page.Factory pages;

    public CorrectionWorkspacePage(@RestClient ClaimsServiceClient claims, SecurityIdentity identity,
            Page.Factory pages) {
        this.claims = claims;
        this.identity = identity;
        this.pages = pages;
    }

    @GET
    public TemplateInstance page(@PathParam("claimId") String claimId, @QueryParam("leg") String leg) {
        String l = leg(leg);
        BillingViews.Claim claim = claims.claim(claimId);
        return Templates.workspace(pages.of("Correct claim " + claimId), claim, items(claimId),
                claims.timeline(claimId), l, mayFix(), pages.fetchedAt(), null);
    }

    /** Saves the corrected fields (only those changed); claims-service checks them and notes which on the timeline. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.BILLER)
    public TemplateInstance fix(@PathParam("claimId") String claimId, @QueryParam("leg") String leg,
            MultivaluedMap<String, String> form) {
        String l = leg(leg);
        BillingViews.Claim before = claims.claim(claimId);
        BillingViews.Correction correction;
        try {
            correction = BillingForms.correction(form, before);
        } catch (IllegalArgumentException e) {
            throw new ConsoleProblem(400, e.getMessage());
        }
        if (correction.empty()) {
            throw new ConsoleProblem(400, "nothing was changed");
        }
        claims.patch(claimId, "P".equals(l) ? null : l, correction);
        return fragment(claimId, l, "Saved. Re-validate and resend when the claim is right.");
    }

    @POST
    @Path("/resend")
    @RolesAllowed(Roles.BILLER)
    public TemplateInstance resend(@PathParam("claimId") String claimId, @QueryParam("leg") String leg) {
        String l = leg(leg);
        BillingViews.Claim claim = claims.resend(claimId, "P".equals(l) ? null : l);
        String notice = switch (claim.status()) {
            case "READY" -> "Re-validated: clean. The claim goes out in the next batch.";
            case "REJECTED" -> "Re-validated: the scrubber still rejects it (see the reasons).";
            default -> "Re-validated: " + claim.status() + ".";
        };
        return fragment(claimId, l, notice);
    }

    private TemplateInstance fragment(String claimId, String leg, String notice) {
        return Templates.workspace$fix(claims.claim(claimId), items(claimId), claims.timeline(claimId), leg, mayFix(),
                pages.fetchedAt(), notice);
    }

    private List<BillingViews.CorrectionItem> items(String claimId) {
        List<BillingViews.CorrectionItem> open = claims.corrections("OPEN", claimId);
        return open.isEmpty() ? claims.corrections("RESOLVED", claimId) : open;
    }

    private boolean mayFix() {
        return identity.hasRole(Roles.BILLER);
    }

    private static String leg(String value) {
        String v = value == null || value.isBlank() ? "P" : value.strip().toUpperCase(Locale.ROOT);
        if (!List.of("P", "S", "T").contains(v)) {
            throw new ConsoleProblem(400, "leg must be P, S or T");
        }
        return v;
    }
}
