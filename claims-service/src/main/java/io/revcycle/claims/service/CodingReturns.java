package io.revcycle.claims.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.DenialItem;
import io.revcycle.claims.domain.DenialNote;
import io.revcycle.claims.domain.DenialStatus;
import io.revcycle.denials.Department;
import io.revcycle.messaging.PermanentEventException;

/**
 * A denial re-review ended in coding-service (DenialReviewChanged): a completed one returns the claim's lines still
 * with coding to billing's work list with the coder's outcome (a note, the timeline, and a next step: correct and
 * resubmit when the codes changed, appeal when they were confirmed; nothing is resubmitted by itself); a released one
 * is still coding's and is only noted on the timeline.
 */
@ApplicationScoped
public class CodingReturns {

    public enum Outcome {
        CODES_CONFIRMED("codes confirmed as billed"), CODES_CHANGED("codes changed");

        final String words;

        Outcome(String words) {
            this.words = words;
        }
    }

    /** What coding-service announced; the note may name the patient: stored, never logged. */
    public record ReviewEnded(long reviewId, UUID sourceEventId, String claimId, boolean completed, Outcome outcome,
            String coder, String note, Instant at) {
    }

    private static final Set<String> WITH_CODING = Set.of(Department.CODING.name(), Department.CDI.name());

    private final DenialWorkService work;
    private final ClaimStateMachine states;

    public CodingReturns(DenialWorkService work, ClaimStateMachine states) {
        this.work = work;
        this.states = states;
    }

    /** In the consumer's transaction; returns the lines given back to billing (none for a release). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DenialItem> reviewEnded(ReviewEnded r) {
        Claim claim = Claim.<Claim>findByIdOptional(r.claimId())
                .orElseThrow(() -> new PermanentEventException("the denial review's claim is not known here"));
        if (!r.completed()) {
            states.note(claim, "coding's denial re-review " + r.reviewId() + " went back to coding's queue (released "
                    + "by " + r.coder() + ")", null, null);
            return List.of();
        }
        if (DenialItem.count("codingReviewId", r.reviewId()) > 0) {
            return List.of(); // this completion was taken already (a copy of the event under another id)
        }
        List<DenialItem> lines = withCoding(r);
        if (lines.isEmpty()) {
            states.note(claim, "coding completed its denial re-review " + r.reviewId() + " (" + r.outcome().words
                    + ") by " + r.coder() + "; no denied line was still with coding", null, null);
            return lines;
        }
        String next = r.outcome() == Outcome.CODES_CHANGED
                ? "Coding changed the codes (" + r.coder() + "): correct the claim and resubmit it as a replacement"
                : "Coding confirmed the codes as billed (" + r.coder() + "): appeal with the documentation, or write off";
        for (DenialItem d : lines) {
            d.department = Department.BILLING.name();
            d.codingOutcome = r.outcome().name();
            d.codingReviewedBy = r.coder();
            d.returnedFromCodingAt = r.at();
            d.codingReviewId = r.reviewId();
            d.nextAction = next;
            note(d, r);
        }
        work.returnedFromCoding(claim, lines, r.coder(), "returned from coding to billing: " + r.outcome().words);
        return lines;
    }

    /** The outcome, and the coder's words when there are any, in the line's notes. */
    private static void note(DenialItem d, ReviewEnded r) {
        DenialNote n = new DenialNote();
        n.denialItemId = d.id;
        n.author = r.coder();
        String text = "Coding re-review: " + r.outcome().words + (r.note() == null || r.note().isBlank() ? ""
                : ". " + r.note().strip());
        n.text = text.length() > 2000 ? text.substring(0, 1997) + "..." : text;
        n.createdAt = r.at();
        n.persist();
    }

    /** The lines of the denial the review was opened for; for a routed one (no such lines), the claim's with coding. */
    private static List<DenialItem> withCoding(ReviewEnded r) {
        // locked, as a worker's action locks its line: a biller acting on it meanwhile waits for the return
        List<DenialItem> open = DenialItem.<DenialItem>find("claimId = ?1 and status <> ?2 and department in ?3 "
                + "order by lineNumber", r.claimId(), DenialStatus.RESOLVED, WITH_CODING)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        List<DenialItem> ofDenial = open.stream().filter(d -> d.eventId.equals(r.sourceEventId())).toList();
        return ofDenial.isEmpty() ? open : ofDenial;
    }
}
