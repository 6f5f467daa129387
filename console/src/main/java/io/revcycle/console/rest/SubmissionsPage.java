package io.revcycle.console.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.revcycle.console.service.BillingViews;
import io.revcycle.console.service.ClaimsServiceClient;
import io.revcycle.console.service.SubmissionMonitor;
import io.revcycle.security.Roles;

/**
 * The submission monitor: the 837 batches sent, newest first (optionally of one status or payer), each with its
 * claims counted by acknowledgment as claims-service tells them: the clearinghouse's 999 and the payer's 277CA,
 * accepted or rejected; a batch opens on its claims. Also the claims by status and rejections by who rejected them
 * against the payers' denials (835).
 */
@Path("/billing/submissions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.BILLER, Roles.BILLING_MANAGER })
public class SubmissionsPage {

    /** The newest batches shown. */
    static final int BATCHES = 50;
    /** claims-service's batch statuses, offered as the filter. */
    static final List<String> STATUSES = List.of("SENT", "ACKNOWLEDGED", "ACCEPTED", "PARTIALLY_REJECTED",
            "REJECTED");
    private static final String PAYER_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,79}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance submissions(Page page, List<SubmissionMonitor.Batch> batches, long total,
                String status, String payerId, List<String> statuses, BillingViews.Summary summary, long scrub,
                long clearinghouse, long payerFrontEnd);

        static native TemplateInstance batch(Page page, BillingViews.BatchDetail detail);
    }

    private final ClaimsServiceClient claims;
    private final Page.Factory pages;

    public SubmissionsPage(@RestClient ClaimsServiceClient claims, Page.Factory pages) {
        this.claims = claims;
        this.pages = pages;
    }

    @GET
    public TemplateInstance page(@QueryParam("status") String status, @QueryParam("payerId") String payerId) {
        String byStatus = status == null || status.isBlank() ? null : status.strip();
        if (byStatus != null && !STATUSES.contains(byStatus)) {
            throw new ConsoleProblem(400, "status is one of " + String.join(", ", STATUSES));
        }
        String byPayer = payerId == null || payerId.isBlank() ? null : payerId.strip();
        if (byPayer != null && !byPayer.matches(PAYER_ID)) {
            throw new ConsoleProblem(400, "a payer id is letters, digits, '.', '_' or '-'");
        }
        List<BillingViews.CorrectionItem> rejections = new ArrayList<>(claims.corrections("OPEN", null));
        rejections.addAll(claims.corrections("RESOLVED", null));
        BillingViews.BatchPage sent = claims.claimBatches(byStatus, byPayer, BATCHES);
        return Templates.submissions(pages.of("Submission monitor"),
                SubmissionMonitor.batches(sent.items(), rejections), sent.total(), byStatus, byPayer, STATUSES,
                claims.summary(), SubmissionMonitor.count(rejections, "SCRUB"),
                SubmissionMonitor.count(rejections, "ACK_999"), SubmissionMonitor.count(rejections, "ACK_277CA"));
    }

    /** One batch's claims, each with its acknowledgment in the batch and where it stands now. */
    @GET
    @Path("/batches/{batchId: [0-9]{1,18}}")
    public TemplateInstance batch(@PathParam("batchId") long batchId) {
        BillingViews.BatchDetail detail = claims.claimBatch(batchId);
        return Templates.batch(pages.of("Batch " + detail.batch().interchangeControlNumber()), detail);
    }
}
