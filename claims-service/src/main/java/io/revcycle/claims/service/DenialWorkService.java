package io.revcycle.claims.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.DenialAction;
import io.revcycle.claims.domain.DenialAppeal;
import io.revcycle.claims.domain.DenialItem;
import io.revcycle.claims.domain.DenialNote;
import io.revcycle.claims.domain.DenialStatus;
import io.revcycle.denials.CodeList;
import io.revcycle.rest.ProblemException;

/**
 * Working a denial: every worker's action is a {@link DenialCommand} (assign, note, correct and resubmit as 837
 * frequency 7, void as frequency 8, appeal with a PDF letter, write off with a reason, mark resolved with a reason,
 * route to coding with a reason) taken by {@link #handle} on a locked line; resolution when a later remittance pays.
 * Correct, void and appeal act on the whole denial (every unresolved line of its DenialRaised); write-off and
 * routing to coding on one line. Every action commits with its DenialActionTaken and a
 * line on the claim's timeline.
 */
@ApplicationScoped
public class DenialWorkService {

    private static final Logger LOG = Logger.getLogger(DenialWorkService.class);
    private static final CodeList CARC = CodeList.shippedCarc();
    private static final CodeList RARC = CodeList.shippedRarc();
    public static final String SYSTEM = "SYSTEM";

    private final ClaimStateMachine states;
    private final CorrectionService corrections;
    private final ClaimEvaluation evaluation;
    private final ClaimDirectory directory;
    private final DenialActionEvents events;
    private final Clock clock;

    public DenialWorkService(ClaimStateMachine states, CorrectionService corrections, ClaimEvaluation evaluation,
            ClaimDirectory directory, DenialActionEvents events, Clock clock) {
        this.clock = clock;
        this.states = states;
        this.corrections = corrections;
        this.evaluation = evaluation;
        this.directory = directory;
        this.events = events;
    }

    public record ItemWithNotes(DenialItem item, List<DenialNote> notes) {
    }

    public ItemWithNotes get(long id) {
        DenialItem item = DenialItem.<DenialItem>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("denial", String.valueOf(id)));
        return new ItemWithNotes(item, DenialNote.of(id));
    }

    /**
     * Takes a worker's action on denied line {@code id}, in one transaction: the line is locked (two workers cannot
     * act on it at once; 404 when unknown) and a resolved line takes no action but a note (409).
     */
    @Transactional
    public <R> R handle(long id, DenialCommand<R> command, String by) {
        DenialItem item = DenialItem.<DenialItem>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("denial", String.valueOf(id)));
        if (item.status == DenialStatus.RESOLVED && !command.allowedWhenResolved()) {
            throw ProblemException.conflict("denial " + id + " is resolved (" + item.resolution + ")");
        }
        return command.execute(new Action(item, by));
    }

    public DenialAppeal latestAppeal(long id) {
        DenialItem item = DenialItem.<DenialItem>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("denial", String.valueOf(id)));
        return DenialAppeal.latestFor(item.eventId)
                .orElseThrow(() -> ProblemException.notFound("appeal letter of denial", String.valueOf(id)));
    }

    /** A later remittance paid the claim: its unresolved denials end (in the adjudication's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resolvePaid(Claim claim) {
        List<DenialItem> open = unresolved(claim);
        if (open.isEmpty()) {
            return;
        }
        resolve(open, "PAID", SYSTEM);
        record(claim, open, DenialAction.RESOLVED, SYSTEM, null, "resolved: a later remittance paid the claim");
    }

    /** Coding's re-review gave the lines back to billing (CodingReturns), as the coder's action. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void returnedFromCoding(Claim claim, List<DenialItem> lines, String coder, String what) {
        record(claim, lines, DenialAction.RETURNED_FROM_CODING, coder, null, what);
    }

    /** The date appeal deadlines are compared with (UTC, as the deadlines are computed; the service's clock). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What a {@link DenialCommand} acts on (the locked line, who acts) and what every action shares. */
    public final class Action {
        private final DenialItem item;
        private final String by;

        private Action(DenialItem item, String by) {
            this.item = item;
            this.by = by;
        }

        public DenialItem item() {
            return item;
        }

        public String by() {
            return by;
        }

        public Instant now() {
            return clock.instant();
        }

        public LocalDate today() {
            return DenialWorkService.this.today();
        }

        public Claim claim() {
            return Claim.<Claim>findByIdOptional(item.claimId).orElseThrow();
        }

        /** A replacement or void needs the adjudicated claim and the payer's number for it (409 otherwise). */
        public Claim resubmittable(String what) {
            if (!"P".equals(item.payerResponsibility)) {
                // the replacement or void would go to the claim's own payer, which did not deny it
                throw ProblemException.conflict("this denial is " + item.payerId + "'s, the " + item.payerResponsibility
                        + " payer's: a replacement or void goes to the claim's own payer; appeal, write off or "
                        + "resolve it instead");
            }
            Claim claim = Claim.withLines(item.claimId).orElseThrow();
            if (!claim.status.adjudicated()) {
                throw ProblemException.conflict("claim " + claim.claimId + " is " + claim.status + "; only an "
                        + "adjudicated claim can be " + what);
            }
            if (claim.payerClaimControlNumber == null || claim.payerClaimControlNumber.isBlank()) {
                throw ProblemException.conflict("claim " + claim.claimId + " has no payer claim control number "
                        + "(CLP07), which a " + ("voided".equals(what) ? "void" : "replacement") + " must name");
            }
            return claim;
        }

        /** Every unresolved line of the line's denial (its DenialRaised), by line number. */
        public List<DenialItem> unresolvedOfDenial() {
            return DenialItem.list("eventId = ?1 and status <> ?2 order by lineNumber", item.eventId,
                    DenialStatus.RESOLVED);
        }

        public List<DenialItem> unresolvedOfClaim(Claim claim) {
            return unresolved(claim);
        }

        public void resolve(List<DenialItem> items, String resolution) {
            DenialWorkService.this.resolve(items, resolution, by);
        }

        /** The action on the claim's timeline and as DenialActionTaken ({@code detail}: its code, if any). */
        public void record(Claim claim, List<DenialItem> items, DenialAction action, String detail, String what) {
            DenialWorkService.this.record(claim, items, action, by, detail, what);
        }

        public CorrectionService corrections() {
            return corrections;
        }

        public ClaimEvaluation evaluation() {
            return evaluation;
        }

        public ClaimDirectory directory() {
            return directory;
        }
    }

    private void record(Claim claim, List<DenialItem> items, DenialAction action, String by, String detail,
            String what) {
        items.forEach(i -> i.lastAction = action.name());
        String lines = items.stream().map(i -> Integer.toString(i.lineNumber)).collect(Collectors.joining(", "));
        states.note(claim, "denial (line " + lines + ") " + what + " by " + by, null, null);
        events.actionTaken(claim, items, action, by, detail);
        LOG.infof("claim %s: denial %s by %s", claim.claimId, action, by);
    }

    private void resolve(List<DenialItem> items, String resolution, String by) {
        Instant now = clock.instant();
        for (DenialItem d : items) {
            d.status = DenialStatus.RESOLVED;
            d.resolution = resolution;
            d.resolvedAt = now;
            d.resolvedBy = by;
        }
    }

    private static List<DenialItem> unresolved(Claim claim) {
        return DenialItem.list("claimId = ?1 and status <> ?2", claim.claimId, DenialStatus.RESOLVED);
    }

    static AppealLetterRenderer.DeniedService deniedService(DenialItem d) {
        return new AppealLetterRenderer.DeniedService(d.lineNumber, d.procedureCode, d.amount,
                d.groupCode + "-" + d.reasonCode + " " + CARC.describe(d.reasonCode),
                d.remarkCodes.stream().map(r -> r + " " + RARC.describe(r)).toList());
    }
}
