package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.patientbilling.domain.AccountLine;
import io.revcycle.patientbilling.domain.ClaimPosting;
import io.revcycle.patientbilling.domain.PatientAccount;
import io.revcycle.patientbilling.domain.PatientShareReason;
import io.revcycle.messaging.PermanentEventException;

/**
 * Posts what the patient owes after the payer to the patient's account: once per claim, whatever event id announces
 * the adjudication. Runs in the consumer's transaction, so account, posting and event commit together.
 */
@ApplicationScoped
public class PatientResponsibilityService {

    private static final Logger LOG = Logger.getLogger(PatientResponsibilityService.class);

    private final BalanceEvents events;

    public PatientResponsibilityService(BalanceEvents events) {
        this.events = events;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void post(PostPatientResponsibilityCommand command) {
        BigDecimal total = validatedTotal(command);
        if (!ClaimPosting.claim(command.claimId(), command.patientId(), command.encounterId(), command.eventId())) {
            LOG.infof("claim %s was already seen; adjudication event %s ignored", command.claimId(), command.eventId());
            return;
        }
        if (total.signum() <= 0) {
            LOG.debugf("claim %s has no patient responsibility", command.claimId());
            return;
        }
        Instant now = Instant.now();
        ClaimPosting posting = ClaimPosting.findById(command.claimId());
        posting.amount = total;
        posting.posted = true;

        PatientAccount account = PatientAccount.lockOrCreate(command.patientId());
        for (PostPatientResponsibilityCommand.Share share : command.shares()) {
            account.addLine(line(command, share, now));
        }
        account.balance = account.balance.add(total);
        account.updatedAt = now;
        // keyed by patient like payments, so a reader sees each patient's balance changes in order
        events.balanceChanged(new BalanceChange(eventId(command.claimId()), account.patientId, account.patientId,
                command.claimId(), command.encounterId(), total, account.balance,
                BalanceChange.Reason.PATIENT_RESPONSIBILITY_POSTED, now));
        LOG.infof("posted %s of claim %s to the account of patient %s", total, command.claimId(), account.patientId);
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

    private static AccountLine line(PostPatientResponsibilityCommand c, PostPatientResponsibilityCommand.Share s,
            Instant now) {
        AccountLine line = new AccountLine();
        line.claimId = c.claimId();
        line.encounterId = c.encounterId();
        line.lineNumber = s.lineNumber();
        line.procedureCode = s.procedureCode();
        line.reasonCode = s.reasonCode();
        line.reason = PatientShareReason.labelOf(s.reasonCode());
        line.amount = s.amount();
        line.postedAt = now;
        return line;
    }

    /** A claim is posted once, so its balance event has a stable id. */
    private static UUID eventId(String claimId) {
        return UUID.nameUUIDFromBytes(("PatientBalanceChanged/PATIENT_RESPONSIBILITY_POSTED/" + claimId)
                .getBytes(StandardCharsets.UTF_8));
    }
}
