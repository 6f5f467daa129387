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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.revcycle.console.config.ConsoleConfig;
import io.revcycle.console.service.CodingServiceClient;
import io.revcycle.console.service.CodingViews;
import io.revcycle.console.service.CodingWorklistView;
import io.revcycle.console.service.CodingWorklistView.Filter;
import io.revcycle.security.Roles;

/**
 * The coding work list: queues with their counts, the filtered and ordered items page by page (coding-service
 * filters, orders and pages), "next" for coders, assignment for coding managers.
 */
@Path("/coding/worklist")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.CODER, Roles.CODING_AUDITOR, Roles.CDI_SPECIALIST, Roles.CODING_MANAGER })
public class CodingWorklistPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance worklist(Page page, Filter filter, List<CodingWorklistView.Queue> queues,
                boolean queuesShown, List<String> facilities, List<String> encounterTypes, List<String> specialties,
                List<CodingWorklistView.Row> rows, CodingWorklistView.Pager pager, boolean mayPull,
                boolean mayOpen, boolean mayAssign, String fetchedAt, String notice);

        static native TemplateInstance worklist$rows(Filter filter, List<CodingWorklistView.Row> rows,
                CodingWorklistView.Pager pager, boolean mayOpen, boolean mayAssign, String fetchedAt, String notice);

        static native TemplateInstance worklist$empty(Filter filter, String fetchedAt);
    }

    /** Rows per page at most: coding-service's own list limit (revcycle.coding.worklist-limit, 200). */
    static final int MAX_PAGE_SIZE = 200;

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
            @QueryParam("q") String text, @QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Filter filter = filter(facilityId, encounterType, specialty, text, sort);
        Listed listed = list(filter, page, size);
        // coding-service shows queue counts to coders, auditors and managers, not to CDI specialists
        boolean queuesShown = identity.hasRole(Roles.CODER) || identity.hasRole(Roles.CODING_AUDITOR)
                || identity.hasRole(Roles.CODING_MANAGER);
        List<CodingViews.QueueCount> counts = queuesShown ? coding.queues() : List.of();
        List<CodingWorklistView.Queue> queues = CodingWorklistView.queues(counts);
        return Templates.worklist(pages.of("Coding work list"), filter, queues, queuesShown,
                choices(listed.items, counts, CodingViews.WorkItemSummary::facilityId, CodingViews.QueueCount::facilityId),
                choices(listed.items, counts, CodingViews.WorkItemSummary::encounterType,
                        CodingViews.QueueCount::encounterType),
                choices(listed.items, counts, CodingViews.WorkItemSummary::specialty, CodingViews.QueueCount::specialty),
                CodingWorklistView.rows(listed.items, today()), listed.pager, identity.hasRole(Roles.CODER),
                mayOpen(), mayAssign(), pages.fetchedAt(), null);
    }

    /** The rows alone, for the filter form and the page links (htmx swaps them in place). */
    @GET
    @Path("/rows")
    public TemplateInstance rows(@QueryParam("facilityId") String facilityId,
            @QueryParam("encounterType") String encounterType, @QueryParam("specialty") String specialty,
            @QueryParam("q") String text, @QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Filter filter = filter(facilityId, encounterType, specialty, text, sort);
        Listed listed = list(filter, page, size);
        return Templates.worklist$rows(filter, CodingWorklistView.rows(listed.items, today()), listed.pager,
                mayOpen(), mayAssign(), pages.fetchedAt(), null);
    }

    /** A coding manager gives an open item to a coder (coding-service checks the role and that it is open). */
    @POST
    @Path("/{encounterId: [A-Za-z0-9][A-Za-z0-9._-]{0,63}}/assign")
    @RolesAllowed(Roles.CODING_MANAGER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance assign(@PathParam("encounterId") String encounterId, @FormParam("coder") String coder,
            @FormParam("facilityId") String facilityId, @FormParam("encounterType") String encounterType,
            @FormParam("specialty") String specialty, @FormParam("q") String text, @FormParam("sort") String sort,
            @FormParam("page") String page, @FormParam("size") String size) {
        if (coder == null || !coder.strip().matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}")) {
            throw new ConsoleProblem(400, "the coder is a user name: letters, digits, '.', '_', '@' or '-'");
        }
        CodingViews.WorkItem item = coding.assign(encounterId, new CodingViews.Assign(coder.strip()));
        Filter filter = filter(facilityId, encounterType, specialty, text, sort);
        Listed listed = list(filter, page, size);
        return Templates.worklist$rows(filter, CodingWorklistView.rows(listed.items, today()), listed.pager,
                mayOpen(), true, pages.fetchedAt(), item.encounterId() + " assigned to " + item.assignedTo() + ".");
    }

    /** One page of coding-service's filtered, ordered list, and where it sits among all matching items. */
    private record Listed(List<CodingViews.WorkItemSummary> items, CodingWorklistView.Pager pager) {
    }

    private Listed list(Filter filter, String page, String pageSize) {
        int number = whole(page, "page", 100_000, 1);
        int size = whole(pageSize, "size", MAX_PAGE_SIZE, config.pageSize());
        RestResponse<List<CodingViews.WorkItemSummary>> answer = coding.worklist("NEEDS_REVIEW", filter.facilityId(),
                filter.encounterType(), filter.specialty(), filter.text(), filter.sort().param(), (number - 1) * size,
                size);
        String total = answer.getHeaderString("X-Total-Count");
        List<CodingViews.WorkItemSummary> items = answer.getEntity();
        return new Listed(items, CodingWorklistView.Pager.of(filter, number, size,
                total == null ? items.size() : Long.parseLong(total)));
    }

    /** The workspace is coding-service's item detail: coders, auditors and CDI specialists, not managers. */
    private boolean mayOpen() {
        return identity.hasRole(Roles.CODER) || identity.hasRole(Roles.CODING_AUDITOR)
                || identity.hasRole(Roles.CDI_SPECIALIST);
    }

    private boolean mayAssign() {
        return identity.hasRole(Roles.CODING_MANAGER);
    }

    private static int whole(String value, String name, int max, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ConsoleProblem(400, name + " must be a whole number from 1 to " + max);
    }

    /** The filter's choices: the queues coding-service counts, and what the page shows (CDI sees no counts). */
    private static List<String> choices(List<CodingViews.WorkItemSummary> items, List<CodingViews.QueueCount> counts,
            java.util.function.Function<CodingViews.WorkItemSummary, String> ofItem,
            java.util.function.Function<CodingViews.QueueCount, String> ofQueue) {
        return java.util.stream.Stream.concat(items.stream().map(ofItem), counts.stream().map(ofQueue))
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
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
