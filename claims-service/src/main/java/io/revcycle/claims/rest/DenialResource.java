package io.revcycle.claims.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.AuditContext;
import io.revcycle.audit.Audited;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.DenialItem;
import io.revcycle.claims.domain.DenialStatus;
import io.revcycle.claims.service.AppealCommand;
import io.revcycle.claims.service.AssignCommand;
import io.revcycle.claims.service.ClaimCorrection;
import io.revcycle.claims.service.CorrectCommand;
import io.revcycle.claims.service.DenialCommand;
import io.revcycle.claims.service.NoteCommand;
import io.revcycle.claims.service.ResolveCommand;
import io.revcycle.claims.service.RouteToCodingCommand;
import io.revcycle.claims.service.VoidCommand;
import io.revcycle.claims.service.WriteOffCommand;
import io.revcycle.claims.service.DenialWorkService;
import io.revcycle.claims.service.DenialQueueService;
import io.revcycle.claims.service.DenialQueueService.QueueFilter;
import io.revcycle.denials.DenialCategory;
import io.revcycle.denials.Department;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.CurrentUser;
import io.revcycle.security.Roles;

@Path("/denials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Denials", description = "The denial work queues, by department, payer, category, amount and age")
public class DenialResource {

    private static final int MAX_LIMIT = 1000;

    private static final String DENIAL = "denial";

    private final DenialQueueService denials;
    private final DenialWorkService work;
    private final CurrentUser currentUser;
    private final AuditContext audit;

    public DenialResource(DenialQueueService denials, DenialWorkService work, CurrentUser currentUser,
            AuditContext audit) {
        this.denials = denials;
        this.work = work;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Denied claim lines, nearest appeal deadline first (fewest days left), then the largest amount; "
            + "open work (OPEN and WAITING) unless statuses are named (status=RESOLVED, repeatable: "
            + "status=OPEN&status=RESOLVED); optionally by claim, department, payer, category, least amount and least "
            + "age in days, and returnedFromCoding=true for the lines coding's re-review gave back to billing")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLER, Roles.BILLING_MANAGER })
    public List<DenialItemView> queue(@QueryParam("status") List<String> status, @QueryParam("claimId") String claimId,
            @QueryParam("department") String department, @QueryParam("payerId") String payerId,
            @QueryParam("category") String category, @QueryParam("minAmount") String minAmount,
            @QueryParam("minAgeDays") String minAgeDays, @QueryParam("limit") String limit,
            @QueryParam("returnedFromCoding") String returnedFromCoding) {
        return denials.queue(new QueueFilter(status.stream()
                .flatMap(v -> QueryParams.enumValue("status", v, DenialStatus.class).stream())
                .collect(Collectors.toSet()),
                QueryParams.text(claimId),
                QueryParams.enumValue("department", department, Department.class).map(Enum::name),
                QueryParams.text(payerId),
                QueryParams.enumValue("category", category, DenialCategory.class).map(Enum::name),
                amount(minAmount), age(minAgeDays), limit(limit), flag("returnedFromCoding", returnedFromCoding)))
                .stream().map(this::view).toList();
    }

    @GET
    @Path("/front-desk")
    @Operation(summary = "The front desk's queue: open registration, eligibility, authorization and coordination-of-"
            + "benefits denials, nearest appeal deadline first, then the largest amount")
    @RolesAllowed({ Roles.REGISTRATION, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public List<DenialItemView> frontDesk(@QueryParam("payerId") String payerId, @QueryParam("limit") String limit) {
        return denials.queue(new QueueFilter(Set.of(DenialStatus.OPEN), Optional.empty(),
                Optional.of(Department.FRONT_DESK.name()), QueryParams.text(payerId), Optional.empty(),
                Optional.empty(), Optional.empty(), limit(limit), false))
                .stream().map(this::view).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One denied line with its classification, who works it, how it ended and its notes")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLER, Roles.BILLING_MANAGER })
    public DenialDetailView get(@PathParam("id") long id) {
        DenialWorkService.ItemWithNotes found = work.get(id);
        return new DenialDetailView(view(found.item()), found.notes().stream()
                .map(n -> new DenialDetailView.Note(n.author, n.text, n.createdAt)).toList());
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign the denied line to a worker")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    @Audited(resource = DENIAL, operation = true)
    public DenialItemView assign(@PathParam("id") long id, AssignRequest request) {
        return view(act(id, new AssignCommand(request == null ? null : request.assignee())));
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a note to the denied line (the note's text is kept here, never sent in events)")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLER, Roles.REGISTRATION, Roles.BILLING_MANAGER })
    @Audited(resource = DENIAL)
    public Response note(@PathParam("id") long id, NoteRequest request) {
        var note = act(id, new NoteCommand(request == null ? null : request.text()));
        return Response.status(Response.Status.CREATED)
                .entity(new DenialDetailView.Note(note.author, note.text, note.createdAt)).build();
    }

    @POST
    @Path("/{id}/correct")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the claim (member id, subscriber, diagnoses) and resubmit it as a replacement: 837 "
            + "frequency 7 with the payer's claim control number (REF*F8)")
    @RolesAllowed({ Roles.BILLER, Roles.DENIAL_SPECIALIST })
    @Audited(resource = DENIAL, operation = true)
    public ResubmissionView correct(@PathParam("id") long id, ClaimCorrection correction) {
        return ResubmissionView.of(act(id, new CorrectCommand(correction)), audit);
    }

    @POST
    @Path("/{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Void the claim at the payer: 837 frequency 8 with the payer's claim control number; the "
            + "claim's denials are resolved")
    @RolesAllowed({ Roles.BILLER, Roles.DENIAL_SPECIALIST })
    @Audited(resource = DENIAL, operation = true)
    public ResubmissionView voidClaim(@PathParam("id") long id, VoidRequest request) {
        return ResubmissionView.of(act(id, new VoidCommand(request == null ? null : request.reason())), audit);
    }

    @POST
    @Path("/{id}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Appeal the denial: an appeal letter (PDF) from the claim, the denial reasons, the deadline "
            + "and the argument; the denial then waits on the payer (409 after the appeal deadline)")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST })
    @Audited(resource = DENIAL, operation = true)
    public Response appeal(@PathParam("id") long id, AppealRequest request) {
        var appeal = act(id, new AppealCommand(request == null ? null : request.argument()));
        return Response.status(Response.Status.CREATED).entity(new AppealView(appeal.id, appeal.claimId,
                appeal.appealDeadline, appeal.createdBy, appeal.createdAt, "/denials/" + id + "/appeal-letter"))
                .build();
    }

    @GET
    @Path("/{id}/appeal-letter")
    @Produces({ "application/pdf", "application/problem+json" })
    @Operation(summary = "The latest appeal letter of the denial, as PDF")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLER, Roles.BILLING_MANAGER })
    @Audited(resource = DENIAL)
    public Response appealLetter(@PathParam("id") long id) {
        var appeal = work.latestAppeal(id);
        return Response.ok(appeal.letter, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"appeal-" + appeal.claimId + ".pdf\"").build();
    }

    @POST
    @Path("/{id}/write-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the denied line off with a reason code; the line is resolved")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    @Audited(resource = DENIAL, operation = true)
    public DenialItemView writeOff(@PathParam("id") long id, WriteOffRequest request) {
        return view(act(id, WriteOffCommand.of(request == null ? null : request.reasonCode())));
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark the denial resolved by hand with a reason (e.g. the payer reprocessed it outside an "
            + "835): its lines leave the work queues, with who and when; the same request again changes nothing")
    @RolesAllowed({ Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    @Audited(resource = DENIAL, operation = true)
    public DenialItemView resolve(@PathParam("id") long id, ResolveRequest request) {
        return view(act(id, new ResolveCommand(request == null ? null : request.reason())));
    }

    @POST
    @Path("/{id}/route-to-coding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Route the denied line to coding with a reason (a coding problem the denial rules gave to "
            + "another department): it moves to the CODING queue and coding-service opens a re-review; 409 when it is "
            + "already with coding (CODING or CDI) or resolved. The reason is kept here, never sent in events")
    @RolesAllowed({ Roles.BILLER, Roles.DENIAL_SPECIALIST })
    @Audited(resource = DENIAL, operation = true)
    public DenialItemView routeToCoding(@PathParam("id") long id, RouteToCodingRequest request) {
        return view(act(id, new RouteToCodingCommand(request == null ? null : request.reason())));
    }

    /** Every action endpoint: the command (its input checked when made) taken by the caller on the line. */
    private <R> R act(long id, DenialCommand<R> command) {
        return work.handle(id, command, currentUser.name());
    }

    private DenialItemView view(DenialItem item) {
        return DenialItemView.of(item, work.today());
    }

    public record AssignRequest(String assignee) {
    }

    public record NoteRequest(String text) {
    }

    public record VoidRequest(String reason) {
    }

    public record AppealRequest(String argument) {
    }

    public record WriteOffRequest(String reasonCode) {
    }

    public record ResolveRequest(String reason) {
    }

    public record RouteToCodingRequest(String reason) {
    }

    public record AppealView(long appealId, String claimId, LocalDate appealDeadline, String createdBy,
            Instant createdAt, String letter) {
    }

    /** The claim after a correction or void: READY for the next 837 batch (or REJECTED by the scrub). */
    public record ResubmissionView(String claimId, ClaimStatus status, String frequencyCode,
            String payerClaimControlNumber) {
        static ResubmissionView of(Claim c, AuditContext audit) {
            audit.patient(c.patientId);
            return new ResubmissionView(c.claimId, c.status, c.frequencyCode, c.payerClaimControlNumber);
        }
    }

    private static Optional<BigDecimal> amount(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.trim()));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("minAmount must be an amount like 100.00, not '" + value + "'");
        }
    }

    private static Optional<Integer> age(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        int days = QueryParams.intValue("minAgeDays", value, 0);
        if (days < 0) {
            throw ProblemException.badRequest("minAgeDays must not be negative");
        }
        return Optional.of(days);
    }

    /** true or false (absent = false); anything else is a 400. */
    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest(name + " must be true or false, not '" + value + "'");
        };
    }

    private static int limit(String value) {
        int limit = QueryParams.intValue("limit", value, 500);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("limit must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
