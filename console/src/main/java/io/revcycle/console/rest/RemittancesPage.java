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
import io.revcycle.console.service.BillingForms;
import io.revcycle.console.service.RemittanceServiceClient;
import io.revcycle.console.service.RemittanceViews;
import io.revcycle.denials.CodeList;
import io.revcycle.security.Roles;

/**
 * ERAs: the 835 files remittance-service took (accepted, or rejected whole with its findings), one file's payments
 * and claim payments, one claim's remittance with its adjustments in words, and the unmatched claim payments a
 * denial specialist matches to their claim by hand, with a reason.
 */
@Path("/billing/remittances")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
public class RemittancesPage {

    private static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,127}";

    /** A CAS adjustment with its CARC in words. */
    public record AdjustmentInWords(String groupCode, String reasonCode, java.math.BigDecimal amount, String words) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance remittances(Page page, String status, List<RemittanceViews.File> files,
                List<RemittanceViews.ClaimPayment> unmatched, String fetchedAt, String notice);

        static native TemplateInstance remittances$unmatched(List<RemittanceViews.ClaimPayment> unmatched,
                String fetchedAt, String notice);

        static native TemplateInstance file(Page page, RemittanceViews.File file);

        static native TemplateInstance claim(Page page, RemittanceViews.Remittance remittance,
                List<List<AdjustmentInWords>> adjustments, List<List<String>> remarks);
    }

    private final RemittanceServiceClient remittances;
    private final Page.Factory pages;
    private final CodeList carc = CodeList.shippedCarc();
    private final CodeList rarc = CodeList.shippedRarc();

    public RemittancesPage(@RestClient RemittanceServiceClient remittances, Page.Factory pages) {
        this.remittances = remittances;
        this.pages = pages;
    }

    @GET
    public TemplateInstance page(@QueryParam("status") String status) {
        String s = status(status);
        return Templates.remittances(pages.of("ERAs and unmatched remittances"), s, remittances.files(s),
                remittances.unmatched(), pages.fetchedAt(), null);
    }

    @GET
    @Path("/files/{fileId: " + ID + "}")
    public TemplateInstance file(@PathParam("fileId") String fileId) {
        return Templates.file(pages.of("ERA " + fileId), remittances.file(fileId));
    }

    @GET
    @Path("/claims/{claimId: " + ID + "}")
    public TemplateInstance claim(@PathParam("claimId") String claimId) {
        RemittanceViews.Remittance r = remittances.remittance(claimId);
        List<RemittanceViews.Line> lines = r.lines() == null ? List.of() : r.lines();
        return Templates.claim(pages.of("Remittance of claim " + claimId), r,
                lines.stream().map(l -> l.adjustments() == null ? List.<AdjustmentInWords>of()
                        : l.adjustments().stream().map(a -> new AdjustmentInWords(a.groupCode(), a.reasonCode(),
                                a.amount(), carc.describe(a.reasonCode()))).toList()).toList(),
                lines.stream().map(l -> l.remarkCodes() == null ? List.<String>of()
                        : l.remarkCodes().stream().map(c -> c + ": " + rarc.describe(c)).toList()).toList());
    }

    /** Posts an unmatched claim payment to the claim named, once; remittance-service records who and why. */
    @POST
    @Path("/unmatched/{id: [0-9]{1,18}}/match")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance match(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String claimId;
        String reason;
        try {
            claimId = BillingForms.required(form, "claimId", "the claim it pays");
            reason = BillingForms.reason(form);
        } catch (IllegalArgumentException e) {
            throw new ConsoleProblem(400, e.getMessage());
        }
        RemittanceViews.Remittance claim = remittances.match(id, new RemittanceViews.Match(claimId, reason));
        // remittance-service answers the claim's remittances: the payment is among its postings unless it only
        // repeated one already posted there (then it is recorded as that one's duplicate)
        boolean posted = claim.postings().stream().anyMatch(p -> p.claimPaymentId() == id);
        return Templates.remittances$unmatched(remittances.unmatched(), pages.fetchedAt(), posted
                ? "Matched to " + claim.claimId() + " and posted (paid " + claim.paidAmount() + ")."
                : "Matched to " + claim.claimId() + ": it repeats a payment already posted to that claim (same payer, "
                        + "trace number and amounts), so it is recorded as a duplicate and nothing was posted.");
    }

    private static String status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (!v.equals("ACCEPTED") && !v.equals("REJECTED")) {
            throw new ConsoleProblem(400, "status must be ACCEPTED or REJECTED");
        }
        return v;
    }
}
