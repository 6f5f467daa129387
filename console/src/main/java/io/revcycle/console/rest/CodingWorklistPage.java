package io.revcycle.console.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.revcycle.console.config.ConsoleConfig;
import io.revcycle.console.service.CodingServiceClient;
import io.revcycle.console.service.CodingViews;
import io.revcycle.console.service.CodingWorklistView;
import io.revcycle.console.service.CodingWorklistView.Filter;
import io.revcycle.security.Roles;

/** The coding work list: queues with their counts, the filtered and ordered items, and "next". */
@Path("/coding/worklist")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.CODER, Roles.CODING_AUDITOR, Roles.CDI_SPECIALIST })
public class CodingWorklistPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance worklist(Page page, Filter filter, List<CodingWorklistView.Queue> queues,
                boolean queuesShown, List<String> facilities, List<String> encounterTypes, List<String> specialties,
                List<CodingWorklistView.Row> rows, int total, boolean mayPull, String fetchedAt);

        static native TemplateInstance worklist$rows(Filter filter, List<CodingWorklistView.Row> rows, int total,
                String fetchedAt);

        static native TemplateInstance worklist$empty(Filter filter, String fetchedAt);
    }

    private final CodingServiceClient coding;
    private final SecurityIdentity identity;
    private final Page.Factory pages;
    private final ConsoleConfig config;

    public CodingWorklistPage(@RestClient CodingServiceClient coding, SecurityIdentity identity, Page.Factory pages,
            ConsoleConfig config) {
        this.coding = coding;
        this.identity = identity;
        this.pages = pages;
        this.config = config;
    }

    @GET
    public TemplateInstance page(@QueryParam("facilityId") String facilityId,
            @QueryParam("encounterType") String encounterType, @QueryParam("specialty") String specialty,
            @QueryParam("q") String text, @QueryParam("sort") String sort) {
        Filter filter = filter(facilityId, encounterType, specialty, text, sort);
        List<CodingViews.WorkItemSummary> items = coding.worklist("NEEDS_REVIEW");
        // coding-service shows queue counts to coders and auditors, not to CDI specialists
        boolean queuesShown = identity.hasRole(Roles.CODER) || identity.hasRole(Roles.CODING_AUDITOR);
        List<CodingWorklistView.Queue> queues = queuesShown ? CodingWorklistView.queues(coding.queues()) : List.of();
        List<CodingWorklistView.Row> rows = CodingWorklistView.rows(items, filter, today(), config.pageSize());
        return Templates.worklist(pages.of("Coding work list"), filter, queues, queuesShown,
                CodingWorklistView.choices(items, CodingViews.WorkItemSummary::facilityId),
                CodingWorklistView.choices(items, CodingViews.WorkItemSummary::encounterType),
                CodingWorklistView.choices(items, CodingViews.WorkItemSummary::specialty), rows,
                (int) items.stream().filter(filter::matches).count(), identity.hasRole(Roles.CODER),
                pages.fetchedAt());
    }

    /** The rows alone, for the filter form (htmx swaps them in place). */
    @GET
    @Path("/rows")
    public TemplateInstance rows(@QueryParam("facilityId") String facilityId,
            @QueryParam("encounterType") String encounterType, @QueryParam("specialty") String specialty,
            @QueryParam("q") String text, @QueryParam("sort") String sort) {
        Filter filter = filter(facilityId, encounterType, specialty, text, sort);
        List<CodingViews.WorkItemSummary> items = coding.worklist("NEEDS_REVIEW");
        return Templates.worklist$rows(filter, CodingWorklistView.rows(items, filter, today(), config.pageSize()),
                (int) items.stream().filter(filter::matches).count(), pages.fetchedAt());
    }

    /** Takes the queue's next item (coding-service assigns it to the caller) and opens it. */
    @POST
    @Path("/next")
    @RolesAllowed(Roles.CODER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response next(@FormParam("facilityId") String facilityId,
            @FormParam("encounterType") String encounterType, @FormParam("specialty") String specialty,
            @HeaderParam(Navigation.HTMX) String htmx) {
        Filter filter = filter(facilityId, encounterType, specialty, null, null);
        try (Response pulled = coding.next(filter.facilityId(), filter.encounterType(), filter.specialty())) {
            if (pulled.getStatus() == 204) {
                return Response.ok(Templates.worklist$empty(filter, pages.fetchedAt())).build();
            }
            String target = "/coding/items/" + pulled.readEntity(CodingViews.WorkItem.class).encounterId();
            return Navigation.to(target, htmx);
        }
    }

    private static Filter filter(String facilityId, String encounterType, String specialty, String text,
            String sort) {
        try {
            return Filter.of(facilityId, encounterType, specialty, text, sort);
        } catch (IllegalArgumentException e) {
            throw new ConsoleProblem(400, e.getMessage());
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
