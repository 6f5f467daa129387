package io.revcycle.console.rest;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.revcycle.console.service.BillingForms;
import io.revcycle.console.service.BillingViews;
import io.revcycle.console.service.ClaimsServiceClient;
import io.revcycle.console.service.DenialRows;
import io.revcycle.security.Roles;

/**
 * One denial: its lines in words, the claim, and claims-service's actions (assign, note, correct, void, appeal,
 * write off, resolve, route to coding), each with the worker's reason; the denial's notes and the claim's timeline are its trail.
 * Which actions are offered follows claims-service's roles (docs/security.md); claims-service still decides.
 */
@Path("/billing/denials/{id: [0-9]{1,18}}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLER, Roles.BILLING_MANAGER })
public class DenialWorkspacePage {

    /** claims-service's write-off reason codes (WriteOffReason). */
    static final List<String> WRITE_OFF_REASONS = List.of("TIMELY_FILING", "NO_AUTHORIZATION",
            "NON_COVERED_NO_WAIVER", "APPEAL_EXHAUSTED", "BUNDLED", "SMALL_BALANCE", "ADMINISTRATIVE");

    /** What the user's roles may do here (claims-service's matrix, repeated so no form is offered only to fail). */
    public record Actions(boolean assign, boolean note, boolean correct, boolean voidClaim, boolean appeal,
            boolean writeOff, boolean resolve, boolean routeToCoding) {

        static Actions of(SecurityIdentity identity) {
            boolean specialist = identity.hasRole(Roles.DENIAL_SPECIALIST);
            boolean biller = identity.hasRole(Roles.BILLER);
            boolean manager = identity.hasRole(Roles.BILLING_MANAGER);
            return new Actions(specialist || manager, specialist || biller || manager, specialist || biller,
                    specialist || biller, specialist, specialist || manager, specialist || biller || manager,
                    specialist || biller);
        }

        public boolean any() {
            return assign || note || correct || voidClaim || appeal || writeOff || resolve || routeToCoding;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance workspace(Page page, DenialRows.Row row, BillingViews.DenialDetail detail,
                BillingViews.Claim claim, List<BillingViews.TimelineStep> steps, Actions actions,
                List<String> writeOffReasons, String fetchedAt, String notice);

        static native TemplateInstance workspace$work(DenialRows.Row row, BillingViews.DenialDetail detail,
                BillingViews.Claim claim, List<BillingViews.TimelineStep> steps, Actions actions,
                List<String> writeOffReasons, String fetchedAt, String notice);
    }

    private final ClaimsServiceClient claims;
    private final DenialRows denialRows;
    private final SecurityIdentity identity;
    private final Page.Factory pages;

    public DenialWorkspacePage(@RestClient ClaimsServiceClient claims, DenialRows denialRows,
            SecurityIdentity identity, Page.Factory pages) {
        this.claims = claims;
        this.denialRows = denialRows;
        this.identity = identity;
        this.pages = pages;
    }

    @GET
    public TemplateInstance page(@PathParam("id") long id) {
        BillingViews.DenialDetail detail = claims.denial(id);
        String claimId = detail.denial().claimId();
        return Templates.workspace(pages.of("Denial " + id + " · claim " + claimId), row(detail), detail,
                claims.claim(claimId), claims.timeline(claimId), Actions.of(identity), WRITE_OFF_REASONS,
                pages.fetchedAt(), null);
    }

    @POST
    @Path("/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public TemplateInstance assign(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String assignee = forms(() -> BillingForms.required(form, "assignee", "who works it"));
        String reason = forms(() -> BillingForms.reason(form));
        claims.assign(id, Map.of("assignee", assignee));
        return afterAction(id, "Assigned to " + assignee, reason);
    }

    @POST
    @Path("/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLER, Roles.BILLING_MANAGER })
    public TemplateInstance note(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        claims.note(id, Map.of("text", forms(() -> BillingForms.required(form, "text", "a note"))));
        return work(id, "Note added.");
    }

    /** A replacement claim (frequency 7) with the corrected fields; the denial waits for the payer again. */
    @POST
    @Path("/correct")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLER })
    public TemplateInstance correct(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String reason = forms(() -> BillingForms.reason(form));
        BillingViews.Claim claim = claims.claim(claims.denial(id).denial().claimId());
        BillingViews.Correction correction = forms(() -> BillingForms.correction(form, claim));
        if (correction.empty()) {
            throw new ConsoleProblem(400, "nothing was changed: correct the member id, subscriber or diagnoses");
        }
        BillingViews.Resubmission sent = claims.correct(id, correction);
        return afterAction(id, "Corrected; replacement claim (frequency " + sent.frequencyCode() + ") "
                + sent.status(), reason);
    }

    @POST
    @Path("/void")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLER })
    public TemplateInstance voidClaim(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        BillingViews.Resubmission sent = claims.voidClaim(id, Map.of("reason", forms(() -> BillingForms.reason(form))));
        return work(id, "Void (frequency " + sent.frequencyCode() + ") " + sent.status() + ".");
    }

    /** The argument is the appeal's reason; claims-service writes the letter (PDF) and the denial waits. */
    @POST
    @Path("/appeal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.DENIAL_SPECIALIST)
    public TemplateInstance appeal(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        BillingViews.Appeal appeal = claims.appeal(id,
                Map.of("argument", forms(() -> BillingForms.required(form, "argument", "the appeal's argument"))));
        return work(id, "Appeal " + appeal.appealId() + " written; the letter is linked below.");
    }

    /** The latest appeal letter, fetched with the user's token (the browser has none for claims-service). */
    @GET
    @Path("/appeal-letter")
    @Produces("application/pdf")
    public Response appealLetter(@PathParam("id") long id) {
        return Response.ok(claims.appealLetter(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"appeal-denial-" + id + ".pdf\"").build();
    }

    @POST
    @Path("/write-off")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public TemplateInstance writeOff(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String code = forms(() -> BillingForms.required(form, "reasonCode", "a write-off reason"));
        if (!WRITE_OFF_REASONS.contains(code)) {
            throw new ConsoleProblem(400, "a write-off reason is one of " + String.join(", ", WRITE_OFF_REASONS));
        }
        String reason = forms(() -> BillingForms.reason(form));
        claims.writeOff(id, Map.of("reasonCode", code));
        return afterAction(id, "Written off (" + code + ")", reason);
    }

    @POST
    @Path("/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLER, Roles.BILLING_MANAGER })
    public TemplateInstance resolve(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        claims.resolve(id, Map.of("reason", forms(() -> BillingForms.reason(form))));
        return work(id, "Marked resolved.");
    }

    /**
     * A coding problem the denial rules gave to another department: the line moves to the CODING queue and
     * coding-service opens a re-review; the reason stays in claims-service (the claim's timeline).
     */
    @POST
    @Path("/route-to-coding")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLER })
    public TemplateInstance routeToCoding(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        claims.routeToCoding(id, Map.of("reason", forms(() -> BillingForms.reason(form))));
        return work(id, "Routed to coding: the line is in the CODING queue and coding-service opens a re-review.");
    }

    /**
     * Assign, correct and write-off take no reason in claims-service's API: the reason goes onto the denial as a note
     * (its trail), after the action so a refused action leaves no note (every role with such an action may add
     * notes; the check stays for a role that may not).
     */
    private TemplateInstance afterAction(long id, String done, String reason) {
        if (Actions.of(identity).note()) {
            claims.note(id, Map.of("text", done + ". Reason: " + reason));
            return work(id, done + "; the reason is in the notes.");
        }
        return work(id, done + ". (Your role cannot add notes: the reason was not kept.)");
    }

    private TemplateInstance work(long id, String notice) {
        BillingViews.DenialDetail detail = claims.denial(id);
        String claimId = detail.denial().claimId();
        return Templates.workspace$work(row(detail), detail, claims.claim(claimId), claims.timeline(claimId),
                Actions.of(identity), WRITE_OFF_REASONS, pages.fetchedAt(), notice);
    }

    private DenialRows.Row row(BillingViews.DenialDetail detail) {
        return denialRows.rows(List.of(detail.denial())).get(0);
    }

    private static <T> T forms(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new ConsoleProblem(400, e.getMessage());
        }
    }
}
