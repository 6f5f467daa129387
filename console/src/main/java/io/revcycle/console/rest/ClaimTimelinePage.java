package io.revcycle.console.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.revcycle.console.service.BillingViews;
import io.revcycle.console.service.ClaimsServiceClient;
import io.revcycle.security.Roles;

/** A claim's timeline: its amounts and every state it went through, with the cause and the X12 file. */
@Path("/billing/claims")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
public class ClaimTimelinePage {

    private static final String CLAIM_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lookup(Page page);

        static native TemplateInstance timeline(Page page, BillingViews.Claim claim,
                java.util.List<BillingViews.TimelineStep> steps);
    }

    private final ClaimsServiceClient claims;
    private final Page.Factory pages;

    public ClaimTimelinePage(@RestClient ClaimsServiceClient claims, Page.Factory pages) {
        this.claims = claims;
        this.pages = pages;
    }

    /** The look-up form; with a claim id it opens that claim. */
    @GET
    public Response lookup(@QueryParam("claimId") String claimId) {
        if (claimId != null && !claimId.isBlank()) {
            if (!claimId.strip().matches(CLAIM_ID)) {
                throw new ConsoleProblem(400, "a claim id is letters, digits, '.', '_' or '-'");
            }
            return Response.seeOther(URI.create("/billing/claims/" + claimId.strip())).build();
        }
        return Response.ok(Templates.lookup(pages.of("Claim timeline"))).build();
    }

    @GET
    @Path("/{claimId: " + CLAIM_ID + "}")
    public TemplateInstance timeline(@PathParam("claimId") String claimId) {
        BillingViews.Claim claim = claims.claim(claimId);
        return Templates.timeline(pages.of("Claim " + claimId), claim, claims.timeline(claimId));
    }
}
