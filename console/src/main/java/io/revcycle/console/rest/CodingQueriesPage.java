package io.revcycle.console.rest;

import java.util.List;

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
import io.revcycle.console.service.CodingServiceClient;
import io.revcycle.console.service.CodingViews;
import io.revcycle.console.service.WorkspaceForms;
import io.revcycle.security.Roles;

/** Physician queries, oldest first with their age in days; physicians answer them here. */
@Path("/coding/queries")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.CODER, Roles.CDI_SPECIALIST, Roles.PHYSICIAN, Roles.CODING_MANAGER })
public class CodingQueriesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queries(Page page, String status, String physicianNpi,
                List<CodingViews.Query> queries, boolean mayAnswer, boolean mayOpenItems, String fetchedAt,
                String notice);

        static native TemplateInstance queries$list(String status, String physicianNpi,
                List<CodingViews.Query> queries, boolean mayAnswer, boolean mayOpenItems, String fetchedAt,
                String notice);
    }

    private final CodingServiceClient coding;
    private final SecurityIdentity identity;
    private final Page.Factory pages;

    public CodingQueriesPage(@RestClient CodingServiceClient coding, SecurityIdentity identity, Page.Factory pages) {
        this.coding = coding;
        this.identity = identity;
        this.pages = pages;
    }

    @GET
    public TemplateInstance page(@QueryParam("status") String status, @QueryParam("physicianNpi") String physicianNpi) {
        String shown = status(status);
        String npi = npi(physicianNpi);
        return Templates.queries(pages.of("Physician queries"), shown, npi, coding.queries(shown, npi), mayAnswer(),
                mayOpenItems(), pages.fetchedAt(), null);
    }

    /** The physician's answer; coding-service returns the item to its coder. */
    @POST
    @Path("/{queryId: [0-9a-fA-F-]{36}}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PHYSICIAN)
    public TemplateInstance answer(@PathParam("queryId") String queryId, MultivaluedMap<String, String> form) {
        CodingViews.Answer answer;
        try {
            answer = WorkspaceForms.answer(form);
        } catch (IllegalArgumentException e) {
            throw new ConsoleProblem(400, e.getMessage());
        }
        // the list comes back as the physician filtered it (the form carries the filter along)
        String npi = npi(form.getFirst("physicianNpi"));
        coding.answerQuery(queryId, answer);
        return Templates.queries$list("OPEN", npi, coding.queries("OPEN", npi), true, mayOpenItems(),
                pages.fetchedAt(), "Answered; the work item is back with its coder.");
    }

    /** The items' workspace: coders, auditors and CDI specialists (not managers, not physicians). */
    private boolean mayOpenItems() {
        return identity.hasRole(Roles.CODER) || identity.hasRole(Roles.CODING_AUDITOR)
                || identity.hasRole(Roles.CDI_SPECIALIST);
    }

    private boolean mayAnswer() {
        return identity.hasRole(Roles.PHYSICIAN);
    }

    /** A physician's NPI: ten digits (the list is not filtered without one). */
    private static String npi(String npi) {
        if (npi == null || npi.isBlank()) {
            return null;
        }
        if (!npi.strip().matches("[0-9]{10}")) {
            throw new ConsoleProblem(400, "a physician's NPI is ten digits");
        }
        return npi.strip();
    }

    private static String status(String status) {
        if (status == null || status.isBlank() || status.equals("OPEN")) {
            return "OPEN";
        }
        if (status.equals("ANSWERED")) {
            return status;
        }
        throw new ConsoleProblem(400, "status must be OPEN or ANSWERED");
    }
}
