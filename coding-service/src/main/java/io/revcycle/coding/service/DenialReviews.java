package io.revcycle.coding.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.coding.config.CodingConfig;
import io.revcycle.coding.domain.DenialReview;
import io.revcycle.rest.ProblemException;

/** Coding and CDI denials, and denials billers route to coding, as re-review items on the coders' worklist. */
@ApplicationScoped
public class DenialReviews {

    /** The departments whose denials come back here: coders, and CDI (which works in coding). */
    static final Set<String> OWNED_HERE = Set.of("CODING", "CDI");

    private static final Logger LOG = Logger.getLogger(DenialReviews.class);

    /** A denial as the worklist needs it (from DenialRaised). */
    public record OpenReviewCommand(UUID eventId, String claimId, String encounterId, String payerId,
            String department, String category, String reasons, BigDecimal deniedAmount, LocalDate appealDeadline,
            String nextAction) {
    }

    public record CompleteReviewCommand(DenialReview.Outcome outcome, String note, String coder) {
    }

    private final CodingConfig config;
    private final DenialReviewEvents events;

    public DenialReviews(CodingConfig config, DenialReviewEvents events) {
        this.config = config;
        this.events = events;
    }

    /** In the consumer's transaction; a denial owned elsewhere, or already taken, changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean open(OpenReviewCommand c) {
        if (c.department() == null || !OWNED_HERE.contains(c.department()) || DenialReview.exists(c.eventId())) {
            return false;
        }
        DenialReview r = new DenialReview();
        r.eventId = c.eventId();
        r.claimId = c.claimId();
        r.encounterId = c.encounterId();
        r.payerId = c.payerId();
        r.department = c.department();
        r.category = c.category();
        r.reasons = c.reasons().length() > 1000 ? c.reasons().substring(0, 997) + "..." : c.reasons();
        r.deniedAmount = c.deniedAmount();
        r.appealDeadline = c.appealDeadline();
        r.nextAction = c.nextAction();
        r.createdAt = Instant.now();
        r.persist();
        LOG.infof("encounter %s: %s denial of claim %s back for re-review", c.encounterId(), c.category(),
                c.claimId());
        return true;
    }

    /**
     * A denial a biller routed to coding (DenialActionTaken ROUTED_TO_CODING), whatever the rules classified it as:
     * one open re-review per claim, so the same event again, or another routing while the claim's review is open,
     * changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean route(OpenReviewCommand c) {
        if (DenialReview.openForClaim(c.claimId())) {
            LOG.infof("claim %s: routed to coding while its re-review is open; nothing opened", c.claimId());
            return false;
        }
        return open(c);
    }

    /** One denied line as a re-review shows it, e.g. "line 2 99214 CO-11 N10 75.00": codes and amounts only. */
    public static String reason(int lineNumber, String procedureCode, String groupCode, String reasonCode,
            List<String> remarkCodes, BigDecimal amount) {
        return "line " + lineNumber + " " + procedureCode + " " + groupCode + "-" + reasonCode
                + (remarkCodes.isEmpty() ? "" : " " + String.join(" ", remarkCodes)) + " " + amount;
    }

    public List<DenialReview> list(DenialReview.Status status) {
        return DenialReview.queue(status, config.worklistLimit());
    }

    /** Back to the queue: by the coder holding it, or by a coding manager. */
    @Transactional
    public DenialReview release(long id, String caller, boolean manager) {
        DenialReview r = openForUpdate(id);
        if (r.assignedTo == null) {
            throw ProblemException.conflict("denial review " + id + " is not assigned");
        }
        if (!manager && r.isLockedAgainst(caller)) {
            throw ProblemException.conflict("denial review " + id + " is assigned to " + r.assignedTo);
        }
        r.assignedTo = null;
        r.assignedAt = null;
        events.released(r, caller);
        LOG.infof("denial review %d released by %s", id, caller);
        return r;
    }

    private static DenialReview openForUpdate(long id) {
        DenialReview r = DenialReview.<DenialReview>findByIdOptional(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("denial review", String.valueOf(id)));
        if (r.status == DenialReview.Status.DONE) {
            throw ProblemException.conflict("denial review " + id + " is already done");
        }
        return r;
    }

    @Transactional
    public DenialReview complete(long id, CompleteReviewCommand c) {
        DenialReview r = openForUpdate(id);
        if (r.isLockedAgainst(c.coder())) {
            throw ProblemException.conflict("denial review " + id + " is assigned to " + r.assignedTo);
        }
        r.status = DenialReview.Status.DONE;
        r.outcome = c.outcome();
        r.note = c.note();
        r.completedBy = c.coder();
        r.completedAt = Instant.now();
        // billing gets the denial back with the outcome (the note sealed: it may name the patient)
        events.completed(r);
        LOG.infof("denial review %d of claim %s completed: %s by %s", id, r.claimId, r.outcome, r.completedBy);
        return r;
    }
}
