package io.revcycle.claims.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.claims.domain.BillingProviderEntry;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.DenialAction;
import io.revcycle.claims.domain.DenialAppeal;
import io.revcycle.claims.domain.DenialItem;
import io.revcycle.claims.domain.DenialNote;
import io.revcycle.claims.domain.DenialStatus;
import io.revcycle.claims.domain.PayerEntry;
import io.revcycle.claims.domain.WriteOffReason;
import io.revcycle.denials.CodeList;
import io.revcycle.rest.ProblemException;

/**
 * Working a denial: assign, note, correct and resubmit (837 frequency 7 naming the payer's claim control number),
 * void (frequency 8), appeal (a PDF letter), write off with a reason, and resolution when a later remittance pays.
 * Correct, void and appeal act on the whole denial (every unresolved line of its DenialRaised); write-off on one line.
 * Every action commits with its DenialActionTaken and a line on the claim's timeline.
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

    @Transactional
    public DenialItem assign(long id, String assignee, String by) {
        DenialItem item = unresolved(id);
        item.assignedTo = assignee;
        item.assignedAt = clock.instant();
        record(claimOf(item), List.of(item), DenialAction.ASSIGNED, by, assignee, "assigned to " + assignee);
        return item;
    }

    @Transactional
    public DenialNote note(long id, String text, String by) {
        DenialItem item = DenialItem.<DenialItem>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("denial", String.valueOf(id)));
        DenialNote note = new DenialNote();
        note.denialItemId = item.id;
        note.author = by;
        note.text = text;
        note.createdAt = clock.instant();
        note.persist();
        // the text stays here: the timeline and the event say only that a note was added
        record(claimOf(item), List.of(item), DenialAction.NOTED, by, null, "note added");
        return note;
    }

    /** Corrects the claim and sends it again as a replacement (frequency 7): READY, or REJECTED if the scrub fails. */
    @Transactional
    public Claim correct(long id, ClaimCorrection correction, String by) {
        DenialItem item = unresolved(id);
        Claim claim = resubmittable(item, "corrected");
        List<String> changed = corrections.apply(claim, correction);
        claim.frequencyCode = Claim.REPLACEMENT;
        List<DenialItem> denial = unresolvedOfDenial(item);
        denial.forEach(d -> d.status = DenialStatus.WAITING);
        record(claim, denial, DenialAction.CORRECTED, by, Claim.REPLACEMENT, "corrected (" + String.join(", ", changed)
                + ") and resubmitted as a replacement claim (frequency 7) of payer claim "
                + claim.payerClaimControlNumber);
        evaluation.evaluate(claim, ClaimEvaluation.Coverage.ACTIVE, "replacement claim after denial");
        return claim;
    }

    /** Sends a void (frequency 8) of the claim: the payer takes back what it adjudicated; the denial ends. */
    @Transactional
    public Claim voidClaim(long id, String reason, String by) {
        DenialItem item = unresolved(id);
        Claim claim = resubmittable(item, "voided");
        claim.frequencyCode = Claim.VOID;
        List<DenialItem> open = DenialItem.list("claimId = ?1 and status <> ?2", claim.claimId, DenialStatus.RESOLVED);
        resolve(open, "VOIDED", by);
        record(claim, open, DenialAction.VOIDED, by, Claim.VOID, "voided (frequency 8) of payer claim "
                + claim.payerClaimControlNumber + ": " + reason);
        evaluation.evaluate(claim, ClaimEvaluation.Coverage.ACTIVE, "void claim after denial");
        return claim;
    }

    /** Renders the appeal letter for the denial (all its unresolved lines), stores it and waits on the payer. */
    @Transactional
    public DenialAppeal appeal(long id, String argument, String by, LocalDate today) {
        DenialItem item = unresolved(id);
        Claim claim = Claim.withLines(item.claimId).orElseThrow();
        List<DenialItem> denial = unresolvedOfDenial(item);
        LocalDate deadline = denial.stream().map(d -> d.appealDeadline).filter(d -> d != null)
                .min(Comparator.naturalOrder()).orElse(null);
        if (deadline != null && today.isAfter(deadline)) {
            throw ProblemException.conflict("the appeal deadline of this denial passed on " + deadline
                    + ": write it off or ask the payer for an exception");
        }
        PayerEntry payer = directory.payer(claim.payerId).orElse(null);
        BillingProviderEntry provider = directory.provider(claim.billingProviderNpi).orElse(null);
        byte[] pdf = AppealLetterRenderer.render(new AppealLetterRenderer.Letter(today,
                payer == null ? claim.payerId : payer.name, claim.payerId,
                provider == null ? "Billing provider" : provider.name, claim.billingProviderNpi, claim.claimId,
                claim.patientControlNumber, claim.payerClaimControlNumber,
                claim.patientLastName + ", " + claim.patientFirstName, claim.memberId, claim.dateOfService,
                claim.totalCharge, denial.stream().map(DenialWorkService::deniedService).toList(), deadline,
                argument, by));
        DenialAppeal appeal = new DenialAppeal();
        appeal.claimId = claim.claimId;
        appeal.denialEventId = item.eventId;
        appeal.argument = argument;
        appeal.appealDeadline = deadline;
        appeal.letter = pdf;
        appeal.createdBy = by;
        appeal.createdAt = clock.instant();
        appeal.persist();
        denial.forEach(d -> d.status = DenialStatus.WAITING);
        record(claim, denial, DenialAction.APPEALED, by, null, "appealed (letter " + appeal.id + ", deadline "
                + deadline + ")");
        return appeal;
    }

    public DenialAppeal latestAppeal(long id) {
        DenialItem item = DenialItem.<DenialItem>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("denial", String.valueOf(id)));
        return DenialAppeal.latestFor(item.eventId)
                .orElseThrow(() -> ProblemException.notFound("appeal letter of denial", String.valueOf(id)));
    }

    @Transactional
    public DenialItem writeOff(long id, WriteOffReason reason, String by) {
        DenialItem item = unresolved(id);
        resolve(List.of(item), "WRITTEN_OFF " + reason, by);
        record(claimOf(item), List.of(item), DenialAction.WRITTEN_OFF, by, reason.name(),
                "written off " + item.amount + " (" + reason + ")");
        return item;
    }

    /** A later remittance paid the claim: its unresolved denials end (in the adjudication's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resolvePaid(Claim claim) {
        List<DenialItem> open = DenialItem.list("claimId = ?1 and status <> ?2", claim.claimId, DenialStatus.RESOLVED);
        if (open.isEmpty()) {
            return;
        }
        resolve(open, "PAID", SYSTEM);
        record(claim, open, DenialAction.RESOLVED, SYSTEM, null, "resolved: a later remittance paid the claim");
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

    private static AppealLetterRenderer.DeniedService deniedService(DenialItem d) {
        return new AppealLetterRenderer.DeniedService(d.lineNumber, d.procedureCode, d.amount,
                d.groupCode + "-" + d.reasonCode + " " + CARC.describe(d.reasonCode),
                d.remarkCodes.stream().map(r -> r + " " + RARC.describe(r)).toList());
    }

    /** Locked, so two workers cannot act on one item at once; a resolved item takes no more action. */
    private static DenialItem unresolved(long id) {
        DenialItem item = DenialItem.<DenialItem>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("denial", String.valueOf(id)));
        if (item.status == DenialStatus.RESOLVED) {
            throw ProblemException.conflict("denial " + id + " is resolved (" + item.resolution + ")");
        }
        return item;
    }

    private static List<DenialItem> unresolvedOfDenial(DenialItem item) {
        return DenialItem.list("eventId = ?1 and status <> ?2 order by lineNumber", item.eventId,
                DenialStatus.RESOLVED);
    }

    private static Claim claimOf(DenialItem item) {
        return Claim.<Claim>findByIdOptional(item.claimId).orElseThrow();
    }

    /** A replacement or void needs the adjudicated claim and the payer's number for it. */
    private static Claim resubmittable(DenialItem item, String what) {
        Claim claim = Claim.withLines(item.claimId).orElseThrow();
        if (!claim.status.adjudicated()) {
            throw ProblemException.conflict("claim " + claim.claimId + " is " + claim.status + "; only an adjudicated "
                    + "claim can be " + what);
        }
        if (claim.payerClaimControlNumber == null || claim.payerClaimControlNumber.isBlank()) {
            throw ProblemException.conflict("claim " + claim.claimId + " has no payer claim control number (CLP07), "
                    + "which a " + ("voided".equals(what) ? "void" : "replacement") + " must name");
        }
        return claim;
    }

    /** The date appeal deadlines are compared with (UTC, as the deadlines are computed; the service's clock). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
