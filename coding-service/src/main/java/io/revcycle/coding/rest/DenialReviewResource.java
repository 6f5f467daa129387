package io.revcycle.coding.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import io.revcycle.audit.Audited;
import io.revcycle.coding.domain.DenialReview;
import io.revcycle.coding.service.DenialReviews;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.CurrentUser;
import io.revcycle.security.Roles;

@Path("/worklist/denial-reviews")
@Tag(name = "Worklist", description = "Coders review, correct and finalize codes")
@Produces(MediaType.APPLICATION_JSON)
public class DenialReviewResource {

    private static final String DENIAL_REVIEW = "denial-review";

    public record DenialReviewView(long id, String claimId, String encounterId, String payerId, String department,
            String category, String reasons, BigDecimal deniedAmount, LocalDate appealDeadline, String nextAction,
            DenialReview.Status status, Instant createdAt, String assignedTo, Instant assignedAt,
            String completedBy, Instant completedAt, DenialReview.Outcome outcome, String note) {

        static DenialReviewView of(DenialReview r) {
            return new DenialReviewView(r.id, r.claimId, r.encounterId, r.payerId, r.department, r.category,
                    r.reasons, r.deniedAmount, r.appealDeadline, r.nextAction, r.status, r.createdAt, r.assignedTo,
                    r.assignedAt, r.completedBy, r.completedAt, r.outcome, r.note);
        }
    }

    /** What the coder found: the codes were right (billing appeals) or were changed (billing corrects). */
    public record CompleteRequest(String outcome, String note) {
    }

    private final DenialReviews reviews;
    private final CurrentUser currentUser;
    private final SecurityIdentity identity;

    public DenialReviewResource(DenialReviews reviews, CurrentUser currentUser, SecurityIdentity identity) {
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Payer denials owned by coding or CDI, back for re-review; nearest appeal deadline first")
    @RolesAllowed({ Roles.CODER, Roles.CODING_AUDITOR, Roles.CDI_SPECIALIST })
    public List<DenialReviewView> list(@QueryParam("status") @DefaultValue("OPEN") String status) {
        DenialReview.Status s;
        try {
            s = DenialReview.Status.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status must be OPEN or DONE, not '" + status + "'");
        }
        return reviews.list(s).stream().map(DenialReviewView::of).toList();
    }

    @POST
    @Path("/{id}/release")
    @Operation(summary = "Put a pulled re-review back in its queue", description = "By the coder holding it or a "
            + "coding manager; 409 when it is not assigned, assigned to another coder, or done")
    @RolesAllowed({ Roles.CODER, Roles.CODING_MANAGER })
    @Audited(resource = DENIAL_REVIEW, operation = true)
    public DenialReviewView release(@PathParam("id") long id) {
        return DenialReviewView.of(reviews.release(id, currentUser.name(), identity.hasRole(Roles.CODING_MANAGER)));
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a re-review with its outcome (CODES_CONFIRMED or CODES_CHANGED) and a note",
            description = "409 when it is done already or pulled by another coder")
    @RolesAllowed({ Roles.CODER, Roles.CDI_SPECIALIST })
    @Audited(resource = DENIAL_REVIEW, operation = true)
    public DenialReviewView complete(@PathParam("id") long id, CompleteRequest request) {
        if (request == null || request.outcome() == null) {
            throw ProblemException.badRequest("outcome is required: CODES_CONFIRMED or CODES_CHANGED");
        }
        DenialReview.Outcome outcome;
        try {
            outcome = DenialReview.Outcome.valueOf(request.outcome().trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("outcome must be CODES_CONFIRMED or CODES_CHANGED");
        }
        String note = request.note() == null ? null : request.note().strip();
        if (note != null && note.length() > 2000) {
            throw ProblemException.badRequest("note must be at most 2000 characters");
        }
        return DenialReviewView.of(reviews.complete(id, new DenialReviews.CompleteReviewCommand(outcome, note,
                currentUser.name())));
    }
}
