package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.messaging.PermanentEventException;
import io.revcycle.patientbilling.domain.ClaimPayerPosting;
import io.revcycle.patientbilling.domain.ClaimPosting;
import io.revcycle.patientbilling.domain.ledger.AccountLedger;
import io.revcycle.patientbilling.domain.ledger.Posting;

/**
 * Posts adjudicated claims to the ledger of the patient's guarantor account. A claim may be adjudicated several
 * times (a further partial payment, a reversal, a correction): each adjudication carries the claim's totals and net
 * patient shares after that posting, and the ledger posts the difference to what it holds for the claim, so a
 * reversal takes back exactly what was posted, patient side included. Postings apply in order, each once, whatever
 * event id announces them. Runs in the consumer's transaction, so ledger, claim posting and event commit together.
 */
@ApplicationScoped
public class PatientResponsibilityService {

    private static final Logger LOG = Logger.getLogger(PatientResponsibilityService.class);
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final BalanceEvents events;
    private final LedgerBook book;
    private final Clock clock;

    public PatientResponsibilityService(BalanceEvents events, LedgerBook book, Clock clock) {
        this.events = events;
        this.book = book;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void post(PostPatientResponsibilityCommand command) {
        validatedTotal(command);
        boolean first = ClaimPosting.claim(command.claimId(), command.patientId(), command.encounterId(),
                command.eventId());
        if (command.postingSequence() == 0 && !first) {
            // from before postings were numbered: a claim was adjudicated once
            LOG.infof("claim %s was already seen; adjudication event %s ignored", command.claimId(), command.eventId());
            return;
        }
        ClaimPosting posting = ClaimPosting.lock(command.claimId());
        Optional<ClaimTotals> totals = command.coordinated() ? coordinated(command) : own(command, posting, first);
        if (totals.isEmpty()) {
            return;
        }
        ClaimTotals t = totals.get();
        posting.amount = t.shares().stream().map(AccountLedger.Share::amount).reduce(ZERO, BigDecimal::add);
        posting.recordService(command.dateOfService(), command.renderingProviderNpi());
        Instant now = clock.instant();
        LedgerBook.Opened opened = book.openFor(command.patientId());
        Optional<Posting> made = opened.ledger().adjudicate(LedgerBook.stableId(t.postingKey("claim")),
                new AccountLedger.Adjudication(command.claimId(), command.encounterId(), command.patientId(),
                        command.totalCharge(), t.paid(), t.contractual(), t.shares()),
                now);
        if (made.isEmpty()) {
            LOG.debugf("claim %s: nothing changed at posting %s", command.claimId(), t.label());
            return;
        }
        book.store(opened, made.get());
        book.applyCredits(opened, LedgerBook.stableId(t.postingKey("claim-credits")), now);
        BigDecimal change = made.get().patientChange();
        if (change.signum() == 0) {
            // the payer's side only (no patient responsibility, or held while a next payer is pending)
            return;
        }
        boolean wasPosted = posting.posted;
        posting.posted = true;
        BalanceChange.Reason reason = wasPosted ? BalanceChange.Reason.PATIENT_RESPONSIBILITY_ADJUSTED
                : BalanceChange.Reason.PATIENT_RESPONSIBILITY_POSTED;
        String accountId = opened.account().accountId;
        events.balanceChanged(new BalanceChange(t.eventId(reason), accountId, command.patientId(), command.claimId(),
                command.encounterId(), change, opened.ledger().owed(), reason, now, null, made.get().id()));
        LOG.debugf("posted %s of claim %s (posting %s) to guarantor account %s", change, command.claimId(),
                t.label(), accountId);
    }

    /** A claim with one payer: its totals and shares as the event says, each posting once and in order. */
    private static Optional<ClaimTotals> own(PostPatientResponsibilityCommand command, ClaimPosting posting,
            boolean first) {
        if (!first && command.postingSequence() <= posting.postingSequence) {
            LOG.infof("claim %s already has posting %d applied; adjudication event %s (posting %d) ignored",
                    command.claimId(), posting.postingSequence, command.eventId(), command.postingSequence());
            return Optional.empty();
        }
        posting.postingSequence = command.postingSequence();
        return Optional.of(new ClaimTotals(command.claimId(), null, command.postingSequence(), command.paid(),
                command.contractual(), shares(command)));
    }

    /**
     * A claim with several payers: each payer's latest posting is kept; the ledger holds the sum of their payments
     * and contractual adjustments, and the patient shares of the last payer that has posted once no payer is pending
     * after it. While one is, the patient owes nothing yet: what the payer before left stays with insurance.
     */
    private Optional<ClaimTotals> coordinated(PostPatientResponsibilityCommand command) {
        String payer = command.payerResponsibility();
        ClaimPayerPosting leg = ClaimPayerPosting.findById(key(command.claimId(), payer));
        if (leg != null && command.postingSequence() <= leg.postingSequence) {
            LOG.infof("claim %s already has posting %d of payer %s applied; event %s ignored", command.claimId(),
                    leg.postingSequence, payer, command.eventId());
            return Optional.empty();
        }
        boolean first = leg == null;
        if (first) {
            leg = new ClaimPayerPosting();
            leg.claimId = command.claimId();
            leg.payerResponsibility = payer;
        }
        leg.postingSequence = command.postingSequence();
        leg.paid = command.paid();
        leg.contractual = command.contractual();
        leg.nextPayerPending = command.nextPayerPending();
        if (first) {
            leg.persist(); // after its values: the insert carries the state it had when persisted
        }
        List<ClaimPayerPosting> legs = ClaimPayerPosting.of(command.claimId());
        ClaimPayerPosting last = legs.get(legs.size() - 1);
        BigDecimal paid = legs.stream().map(l -> l.paid).reduce(ZERO, BigDecimal::add);
        BigDecimal contractual = legs.stream().map(l -> l.contractual).reduce(ZERO, BigDecimal::add);
        List<AccountLedger.Share> shares;
        if (last.nextPayerPending) {
            shares = List.of();
        } else if (last == leg) {
            shares = shares(command);
        } else {
            // an earlier payer's later posting: the last payer's shares stand
            shares = book.openFor(command.patientId()).ledger().patientShares(command.claimId());
        }
        return Optional.of(new ClaimTotals(command.claimId(), payer, command.postingSequence(), paid, contractual,
                shares));
    }

    private static ClaimPayerPosting.Key key(String claimId, String payerResponsibility) {
        ClaimPayerPosting.Key k = new ClaimPayerPosting.Key();
        k.claimId = claimId;
        k.payerResponsibility = payerResponsibility;
        return k;
    }

    private static List<AccountLedger.Share> shares(PostPatientResponsibilityCommand command) {
        return command.shares().stream()
                .map(s -> new AccountLedger.Share(s.lineNumber(), s.procedureCode(), s.reasonCode(), s.amount()))
                .toList();
    }

    /**
     * What one posting puts on the ledger, and the stable ids derived from it: a claim's own payer keeps the ids of
     * claims with one payer ({@code payer} null); a coordinated claim's postings are told apart by payer.
     */
    private record ClaimTotals(String claimId, String payer, int sequence, BigDecimal paid, BigDecimal contractual,
            List<AccountLedger.Share> shares) {

        String label() {
            return payer == null ? Integer.toString(sequence) : payer + sequence;
        }

        String[] postingKey(String kind) {
            return payer == null ? new String[] {kind, claimId, Integer.toString(sequence)}
                    : new String[] {kind, claimId, payer, Integer.toString(sequence)};
        }

        /** A claim's first posting keeps the id it had when claims were posted once. */
        java.util.UUID eventId(BalanceChange.Reason reason) {
            if (payer != null) {
                return LedgerBook.stableId("PatientBalanceChanged", reason.name(), claimId, payer,
                        Integer.toString(sequence));
            }
            return reason == BalanceChange.Reason.PATIENT_RESPONSIBILITY_POSTED && sequence <= 1
                    ? LedgerBook.stableId("PatientBalanceChanged", reason.name(), claimId)
                    : LedgerBook.stableId("PatientBalanceChanged", reason.name(), claimId, Integer.toString(sequence));
        }
    }

    /** The sum of the patient shares, which must equal the announced patient responsibility. */
    private static BigDecimal validatedTotal(PostPatientResponsibilityCommand c) {
        if (c.claimId() == null || c.claimId().isBlank()) {
            throw new PermanentEventException("adjudication has no claimId");
        }
        if (c.patientId() == null || c.patientId().isBlank()) {
            throw new PermanentEventException("adjudication of claim " + c.claimId() + " has no patientId");
        }
        BigDecimal total = c.shares().stream().map(PostPatientResponsibilityCommand.Share::amount)
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
        if (total.compareTo(c.patientResponsibility()) != 0) {
            throw new PermanentEventException("adjudication of claim " + c.claimId() + " announces patient responsibility "
                    + c.patientResponsibility() + " but its patient shares add up to " + total);
        }
        return total;
    }
}
