package io.revcycle.console.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/**
 * One work item: the note and documented items beside the codes, chart suggestions with their reasons, the edits
 * panel (errors block, warnings may be overridden with a reason), and physician queries. Every action goes to
 * coding-service, which re-runs its checks; the panel shows its answer.
 */
@Path("/coding/items/{encounterId: [A-Za-z0-9][A-Za-z0-9._-]{0,63}}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.CODER, Roles.CODING_AUDITOR, Roles.CDI_SPECIALIST })
public class CodingWorkspacePage {

    /** Candidates per documented item or note sentence, as coding-service ranks them. */
    static final int SUGGESTIONS = 3;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance workspace(Page page, CodingViews.WorkItem item,
                List<CodingViews.ChartSuggestion> suggestions, List<CodingViews.QueryTemplate> templates,
                boolean mayCode, boolean mayQuery, String fetchedAt, String notice);

        static native TemplateInstance workspace$coding(CodingViews.WorkItem item, boolean mayCode, String fetchedAt,
                String notice);

        static native TemplateInstance workspace$queries(CodingViews.WorkItem item,
                List<CodingViews.QueryTemplate> templates, boolean mayQuery, String fetchedAt, String notice);
    }

    private final CodingServiceClient coding;
    private final SecurityIdentity identity;
    private final Page.Factory pages;

    public CodingWorkspacePage(@RestClient CodingServiceClient coding, SecurityIdentity identity,
            Page.Factory pages) {
        this.coding = coding;
        this.identity = identity;
        this.pages = pages;
    }

    @GET
    public TemplateInstance page(@PathParam("encounterId") String encounterId) {
        CodingViews.WorkItem item = coding.item(encounterId);
        return Templates.workspace(pages.of("Work item " + encounterId), item,
                coding.suggestions(encounterId, SUGGESTIONS), templates(), mayCode(), mayQuery(), pages.fetchedAt(),
                null);
    }

    /** Saves the codes; coding-service re-runs the edits and the panel shows the new findings. */
    @POST
    @Path("/codes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CODER)
    public TemplateInstance saveCodes(@PathParam("encounterId") String encounterId,
            MultivaluedMap<String, String> form) {
        CodingViews.WorkItem item = coding.updateCodes(encounterId, forms(() -> WorkspaceForms.codes(form)));
        return Templates.workspace$coding(item, true, pages.fetchedAt(),
                item.hasErrors() ? "Saved. Errors remain: fix them before finalizing." : "Saved.");
    }

    /** Finalizes as the logged-in coder, with a reason for each warning overridden. */
    @POST
    @Path("/finalize")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.CODER)
    public TemplateInstance finalizeCoding(@PathParam("encounterId") String encounterId,
            MultivaluedMap<String, String> form) {
        CodingViews.WorkItem item = coding.finalizeCoding(encounterId,
                forms(() -> WorkspaceForms.finalizeRequest(form)));
        return Templates.workspace$coding(item, true, pages.fetchedAt(), "Finalized.");
    }

    /** Raises a physician query from a template; coding-service puts the item on hold until it is answered. */
    @POST
    @Path("/queries")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ Roles.CODER, Roles.CDI_SPECIALIST })
    public TemplateInstance raiseQuery(@PathParam("encounterId") String encounterId,
            MultivaluedMap<String, String> form) {
        coding.raiseQuery(forms(() -> WorkspaceForms.query(encounterId, form)));
        return Templates.workspace$queries(coding.item(encounterId), templates(), true, pages.fetchedAt(),
                "Query raised; the item is on hold until the physician answers.");
    }

    private List<CodingViews.QueryTemplate> templates() {
        return mayQuery() ? coding.queryTemplates() : new ArrayList<>();
    }

    private boolean mayCode() {
        return identity.hasRole(Roles.CODER);
    }

    private boolean mayQuery() {
        return identity.hasRole(Roles.CODER) || identity.hasRole(Roles.CDI_SPECIALIST);
    }

    private static <T> T forms(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new ConsoleProblem(400, e.getMessage());
        }
    }
}
