package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.messaging.PermanentEventException;
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
        BigDecimal total = validatedTotal(command);
        boolean first = ClaimPosting.claim(command.claimId(), command.patientId(), command.encounterId(),
                command.eventId());
        if (command.postingSequence() == 0 && !first) {
            // from before postings were numbered: a claim was adjudicated once
            LOG.infof("claim %s was already seen; adjudication event %s ignored", command.claimId(), command.eventId());
            return;
        }
        ClaimPosting posting = ClaimPosting.lock(command.claimId());
        if (!first && command.postingSequence() <= posting.postingSequence) {
            LOG.infof("claim %s already has posting %d applied; adjudication event %s (posting %d) ignored",
                    command.claimId(), posting.postingSequence, command.eventId(), command.postingSequence());
            return;
        }
        posting.postingSequence = command.postingSequence();
        posting.amount = total;
        posting.recordService(command.dateOfService(), command.renderingProviderNpi());
        Instant now = clock.instant();
        LedgerBook.Opened opened = book.openFor(command.patientId());
        String sequence = Integer.toString(command.postingSequence());
        Optional<Posting> made = opened.ledger().adjudicate(LedgerBook.stableId("claim", command.claimId(), sequence),
                new AccountLedger.Adjudication(command.claimId(), command.encounterId(), command.patientId(),
                        command.totalCharge(), command.paid(), command.contractual(), command.shares().stream()
                                .map(s -> new AccountLedger.Share(s.lineNumber(), s.procedureCode(), s.reasonCode(),
                                        s.amount()))
                                .toList()),
                now);
        if (made.isEmpty()) {
            LOG.debugf("claim %s: nothing changed at posting %s", command.claimId(), sequence);
            return;
        }
        book.store(opened, made.get());
        book.applyCredits(opened, LedgerBook.stableId("claim-credits", command.claimId(), sequence), now);
        BigDecimal change = made.get().patientChange();
        if (change.signum() == 0) {
            // the payer's side only (a claim without patient responsibility): nothing billed to the patient
            return;
        }
        boolean wasPosted = posting.posted;
        posting.posted = true;
        BalanceChange.Reason reason = wasPosted ? BalanceChange.Reason.PATIENT_RESPONSIBILITY_ADJUSTED
                : BalanceChange.Reason.PATIENT_RESPONSIBILITY_POSTED;
        String accountId = opened.account().accountId;
        events.balanceChanged(new BalanceChange(eventId(command.claimId(), reason, command.postingSequence()),
                accountId, command.patientId(), command.claimId(), command.encounterId(), change,
                opened.ledger().owed(), reason, now, null, made.get().id()));
        LOG.debugf("posted %s of claim %s (posting %d) to guarantor account %s", change, command.claimId(),
                command.postingSequence(), accountId);
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

    /** Stable per claim and posting; a claim's first posting keeps the id it had when claims were posted once. */
    private static java.util.UUID eventId(String claimId, BalanceChange.Reason reason, int postingSequence) {
        return reason == BalanceChange.Reason.PATIENT_RESPONSIBILITY_POSTED && postingSequence <= 1
                ? LedgerBook.stableId("PatientBalanceChanged", reason.name(), claimId)
                : LedgerBook.stableId("PatientBalanceChanged", reason.name(), claimId, Integer.toString(postingSequence));
    }
}
