package io.revcycle.coding.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import io.revcycle.audit.AuditContext;
import io.revcycle.audit.Audited;
import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.coding.domain.ProviderDiagnosis;
import io.revcycle.coding.domain.WorkItemStatus;
import io.revcycle.coding.service.ChartSuggestions;
import io.revcycle.coding.service.CodeSuggestions;
import io.revcycle.coding.service.CodingQueues;
import io.revcycle.coding.service.QueueFilter;
import io.revcycle.coding.service.CodingWorklist;
import io.revcycle.coding.service.FinalizeCommand;
import io.revcycle.coding.service.UpdateCodesCommand;
import io.revcycle.coding.service.WorklistOrder;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.CurrentUser;
import io.revcycle.security.Roles;

@Path("/worklist")
@Tag(name = "Worklist", description = "Coders review, correct and finalize codes")
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

    static final int SUGGESTIONS_PER_DIAGNOSIS = 3;
    private static final String WORK_ITEM = "coding-work-item";
    static final String KIND_CODING = "coding";
    static final String KIND_DENIAL_REVIEW = "denial-review";

    private final CodingWorklist worklist;
    private final CodingQueues queues;
    private final SecurityIdentity identity;
    private final CodeSuggestions suggestions;
    private final CurrentUser currentUser;
    private final AuditContext audit;
    private final ChartSuggestions chartSuggestions;

    public WorklistResource(CodingWorklist worklist, CodingQueues queues, CodeSuggestions suggestions,
            CurrentUser currentUser, SecurityIdentity identity, AuditContext audit, ChartSuggestions chartSuggestions) {
        this.worklist = worklist;
        this.chartSuggestions = chartSuggestions;
        this.queues = queues;
        this.identity = identity;
        this.suggestions = suggestions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Work items by status, oldest first; one queue, a part of the encounter or payer id, an order "
            + "and a page", description = "facilityId, encounterType, specialty (null: any); q: part of the encounter "
            + "or payer id; sort: received (default: first received first), oldest (date of service, then highest "
            + "expected charge), charge (highest first, then oldest), newest; offset (default 0) and limit (default "
            + "and most: revcycle.coding.worklist-limit). Header X-Total-Count: the items matching in all.")
    @RolesAllowed({ Roles.CODER, Roles.CODING_AUDITOR, Roles.CDI_SPECIALIST, Roles.CODING_MANAGER })
    public Response list(@QueryParam("status") @DefaultValue("NEEDS_REVIEW") String status,
            @QueryParam("facilityId") String facilityId, @QueryParam("encounterType") String encounterType,
            @QueryParam("specialty") String specialty, @QueryParam("q") String text,
            @QueryParam("sort") String sort, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        QueueFilter queue = QueueFilter.of(facilityId, encounterType, specialty, null);
        CodingWorklist.Page page = worklist.page(parse(status), queue, text == null || text.isBlank() ? null
                : text.strip(), WorklistOrder.parse(sort), whole(offset, "offset", 0, Integer.MAX_VALUE, 0),
                whole(limit, "limit", 1, worklist.limit(), worklist.limit()));
        return Response.ok(page.items().stream().map(WorkItemViews::summary).toList())
                .header(TOTAL_COUNT, page.total()).build();
    }

    static final String TOTAL_COUNT = "X-Total-Count";

    private static int whole(String value, String name, int min, int max, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest(name + " must be a whole number from " + min + " to " + max);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Counts of work items waiting for review and coded (automatically or by a coder)")
    @RolesAllowed({ Roles.CODER, Roles.CODING_AUDITOR, Roles.CDI_SPECIALIST })
    public WorkItemViews.Counts summary() {
        return new WorkItemViews.Counts(CodingWorkItem.count(WorkItemStatus.NEEDS_REVIEW, false),
                CodingWorkItem.count(WorkItemStatus.CODED, true), CodingWorkItem.count(WorkItemStatus.CODED, false));
    }

    @GET
    @Path("/{encounterId}")
    @Transactional
    @Operation(summary = "One work item: documentation, current codes, findings, overrides and, for documented "
            + "diagnoses without a code, suggested codes")
    @RolesAllowed({ Roles.CODER, Roles.CODING_AUDITOR, Roles.CDI_SPECIALIST, Roles.PHYSICIAN })
    @Audited(resource = WORK_ITEM)
    public WorkItemViews.Detail get(@PathParam("encounterId") String encounterId) {
        CodingWorkItem item = audited(worklist.get(encounterId));
        return WorkItemViews.detail(item, suggestionsFor(item));
    }

    @GET
    @Path("/{encounterId}/suggestions")
    @Transactional
    @Operation(summary = "Chart review: candidate codes for each documented diagnosis and procedure and for each "
            + "sentence of the clinical note, with the matched words as the reason")
    @RolesAllowed({ Roles.CODER, Roles.CODING_AUDITOR, Roles.CDI_SPECIALIST })
    @Audited(resource = WORK_ITEM)
    public List<ChartSuggestions.ChartSuggestion> chartSuggestions(@PathParam("encounterId") String encounterId,
            @QueryParam("limit") @DefaultValue("3") int limit) {
        if (limit < 1 || limit > 10) {
            throw ProblemException.badRequest("limit must be between 1 and 10");
        }
        return chartSuggestions.forItem(audited(worklist.get(encounterId)), limit);
    }

    /** Suggestions while the item is open, for each documented diagnosis whose position still has no code. */
    private List<WorkItemViews.DiagnosisSuggestions> suggestionsFor(CodingWorkItem item) {
        List<WorkItemViews.DiagnosisSuggestions> result = new ArrayList<>();
        if (item.isCoded()) {
            return result;
        }
        for (int i = 0; i < item.documentedDiagnoses.size(); i++) {
            ProviderDiagnosis d = item.documentedDiagnoses.get(i);
            if (i < item.diagnosisCodes.size() && item.diagnosisCodes.get(i) == null) {
                result.add(new WorkItemViews.DiagnosisSuggestions(d.sequence, d.description, suggestions.suggest(
                        d.description, CodeSuggestions.Kind.DIAGNOSIS, item.dateOfService, SUGGESTIONS_PER_DIAGNOSIS)));
            }
        }
        return result;
    }

    /** Transactional here too: the view reads the item's collections before the transaction ends. */
    @PUT
    @Transactional
    @Path("/{encounterId}/codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the codes", description = "Re-runs the code check and returns the item with its issues")
    @RolesAllowed(Roles.CODER)
    @Audited(resource = WORK_ITEM)
    public WorkItemViews.Detail updateCodes(@PathParam("encounterId") String encounterId,
            @Valid @NotNull UpdateCodesCommand command) {
        return WorkItemViews.detail(audited(worklist.updateCodes(encounterId, command, currentUser.name())));
    }

    @POST
    @Transactional
    @Path("/{encounterId}/finalize")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finalize the codes", description = "Publishes EncounterCoded, finalized by the caller; 422 "
            + "while errors remain or when an override names an error or no current finding. Warnings may be "
            + "overridden with a reason.")
    @RolesAllowed(Roles.CODER)
    @Audited(resource = WORK_ITEM, operation = true)
    public WorkItemViews.Detail finalizeCoding(@PathParam("encounterId") String encounterId,
            @Valid FinalizeRequest request) {
        // the coder is who the token says, never a name in the body
        FinalizeCommand command = new FinalizeCommand(currentUser.name(),
                request == null ? List.of() : request.overrides());
        return WorkItemViews.detail(audited(worklist.finalizeCoding(encounterId, command)));
    }

    @GET
    @Path("/queues")
    @Operation(summary = "Open work items by facility, encounter type, specialty and age bucket",
            description = "Counts (open, unassigned, open denial re-reviews with their denied amount), the oldest "
                    + "item's age in days and the expected charge per queue")
    @RolesAllowed({ Roles.CODER, Roles.CODING_MANAGER, Roles.CODING_AUDITOR })
    public List<CodingQueues.QueueCount> queueCounts(@QueryParam("facilityId") String facilityId,
            @QueryParam("encounterType") String encounterType, @QueryParam("specialty") String specialty,
            @QueryParam("ageBucket") String ageBucket) {
        return queues.queues(QueueFilter.of(facilityId, encounterType, specialty, ageBucket));
    }

    @POST
    @Transactional
    @Path("/next")
    @Operation(summary = "Pull the next work item or denial re-review of a queue", description = "Assigns the "
            + "caller the queue's highest-priority unassigned item and returns it; 204 when the queue is empty. "
            + "kind=coding (default): work items, days waiting + expected charge / charge-per-day first; "
            + "kind=denial-review: open re-reviews of coding denials, nearest appeal deadline first. Two coders "
            + "pulling at once never get the same item.")
    @RolesAllowed(Roles.CODER)
    @Audited(resource = WORK_ITEM, operation = true)
    public Response pullNext(@QueryParam("facilityId") String facilityId,
            @QueryParam("encounterType") String encounterType, @QueryParam("specialty") String specialty,
            @QueryParam("ageBucket") String ageBucket, @QueryParam("kind") @DefaultValue(KIND_CODING) String kind) {
        QueueFilter filter = QueueFilter.of(facilityId, encounterType, specialty, ageBucket);
        return switch (kind.strip().toLowerCase()) {
            case KIND_CODING -> queues.pullNext(currentUser.name(), filter)
                    .map(item -> Response.ok(WorkItemViews.detail(audited(item), suggestionsFor(item))).build())
                    .orElseGet(() -> Response.noContent().build());
            case KIND_DENIAL_REVIEW -> queues.pullNextDenialReview(currentUser.name(), filter)
                    .map(review -> Response.ok(DenialReviewResource.DenialReviewView.of(review)).build())
                    .orElseGet(() -> Response.noContent().build());
            default -> throw ProblemException.badRequest("kind must be " + KIND_CODING + " or " + KIND_DENIAL_REVIEW);
        };
    }

    @POST
    @Transactional
    @Path("/{encounterId}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign (or reassign) an open work item to a coder")
    @RolesAllowed(Roles.CODING_MANAGER)
    @Audited(resource = WORK_ITEM, operation = true)
    public WorkItemViews.Detail assign(@PathParam("encounterId") String encounterId,
            @Valid @NotNull AssignRequest request) {
        return WorkItemViews.detail(audited(queues.assign(encounterId, request.coder().strip())));
    }

    @POST
    @Transactional
    @Path("/{encounterId}/release")
    @Operation(summary = "Put an open work item back in its queue", description = "By the coder it is assigned to, "
            + "or a coding manager; 409 when it is not assigned or assigned to another coder")
    @RolesAllowed({ Roles.CODER, Roles.CODING_MANAGER })
    @Audited(resource = WORK_ITEM, operation = true)
    public WorkItemViews.Detail release(@PathParam("encounterId") String encounterId) {
        return WorkItemViews.detail(audited(queues.release(encounterId, currentUser.name(),
                identity.hasRole(Roles.CODING_MANAGER))));
    }

    /** The body of POST /worklist/{id}/assign. */
    public record AssignRequest(@NotBlank @Size(max = 100) String coder) {
    }

    /** The work item's patient goes into the audit row (the view carries no patient id). */
    private CodingWorkItem audited(CodingWorkItem item) {
        audit.patient(item.patientId);
        return item;
    }

    private static WorkItemStatus parse(String status) {
        try {
            return WorkItemStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status must be one of " + Arrays.toString(WorkItemStatus.values()));
        }
    }
}
