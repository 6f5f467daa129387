package io.revcycle.console.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.revcycle.console.service.BillingViews;
import io.revcycle.console.service.ClaimsServiceClient;
import io.revcycle.console.service.SubmissionMonitor;
import io.revcycle.security.Roles;

/**
 * The submission monitor: the 837 batches sent, newest first, each with its clearinghouse (999) and payer (277CA)
 * rejections; the claims by status; rejections by who rejected them against the payers' denials (835).
 */
@Path("/billing/submissions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.BILLER, Roles.BILLING_MANAGER })
public class SubmissionsPage {

    /** The newest batches shown. */
    static final int BATCHES = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance submissions(Page page, List<SubmissionMonitor.Batch> batches,
                BillingViews.Summary summary, long scrub, long clearinghouse, long payerFrontEnd);
    }

    private final ClaimsServiceClient claims;
    private final Page.Factory pages;

    public SubmissionsPage(@RestClient ClaimsServiceClient claims, Page.Factory pages) {
        this.claims = claims;
        this.pages = pages;
    }

    @GET
    public TemplateInstance page() {
        List<BillingViews.CorrectionItem> rejections = new ArrayList<>(claims.corrections("OPEN", null));
        rejections.addAll(claims.corrections("RESOLVED", null));
        return Templates.submissions(pages.of("Submission monitor"),
                SubmissionMonitor.batches(claims.ediFiles("OUT", "837", BATCHES), rejections), claims.summary(),
                SubmissionMonitor.count(rejections, "SCRUB"), SubmissionMonitor.count(rejections, "ACK_999"),
                SubmissionMonitor.count(rejections, "ACK_277CA"));
    }
}
