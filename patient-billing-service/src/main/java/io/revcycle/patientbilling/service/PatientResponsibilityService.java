package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Posts what the patient owes after the payer to the patient's account. A claim may be adjudicated several times (a
 * further partial payment, a reversal, a correction): each adjudication carries the claim's net patient shares after
 * that posting, and the account takes the difference to what it holds for the claim (negative lines for what a
 * reversal took back), so the claim's lines always add up to its latest patient responsibility. Postings apply in
 * order, each once, whatever event id announces them. Runs in the consumer's transaction, so account, posting and
 * event commit together.
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
        // the account takes the difference between the claim's shares now and what it holds for the claim
        Map<String, BigDecimal> held = first ? Map.of() : AccountLine.sharesOfClaim(command.claimId());
        Instant now = Instant.now();
        List<AccountLine> lines = new ArrayList<>();
        Map<String, PostPatientResponsibilityCommand.Share> wanted = new LinkedHashMap<>();
        for (PostPatientResponsibilityCommand.Share share : command.shares()) {
            wanted.merge(AccountLine.key(share.lineNumber(), share.procedureCode(), share.reasonCode()), share,
                    (a, b) -> new PostPatientResponsibilityCommand.Share(a.lineNumber(), a.procedureCode(),
                            a.reasonCode(), a.amount().add(b.amount())));
        }
        wanted.forEach((key, share) -> {
            BigDecimal change = share.amount().subtract(held.getOrDefault(key, BigDecimal.ZERO));
            if (change.signum() != 0) {
                lines.add(line(command, share, change, now));
            }
        });
        held.forEach((key, amount) -> {
            if (!wanted.containsKey(key) && amount.signum() != 0) {
                String[] parts = key.split("\u001f", -1);
                lines.add(line(command, new PostPatientResponsibilityCommand.Share(Integer.parseInt(parts[0]),
                        parts[1], parts[2], amount), amount.negate(), now));
            }
        });
        BigDecimal change = lines.stream().map(l -> l.amount).reduce(new BigDecimal("0.00"), BigDecimal::add);
        boolean wasPosted = posting.posted;
        posting.amount = total;
        if (lines.isEmpty()) {
            LOG.debugf("claim %s: patient responsibility unchanged at %s", command.claimId(), total);
            return;
        }
        posting.posted = true;
        PatientAccount account = PatientAccount.lockOrCreate(command.patientId());
        lines.forEach(account::addLine);
        account.balance = account.balance.add(change);
        account.updatedAt = now;
        BalanceChange.Reason reason = wasPosted ? BalanceChange.Reason.PATIENT_RESPONSIBILITY_ADJUSTED
                : BalanceChange.Reason.PATIENT_RESPONSIBILITY_POSTED;
        // keyed by patient like payments, so a reader sees each patient's balance changes in order
        events.balanceChanged(new BalanceChange(eventId(command.claimId(), reason, command.postingSequence()),
                account.patientId, account.patientId, command.claimId(), command.encounterId(), change,
                account.balance, reason, now));
        LOG.infof("posted %s of claim %s (posting %d) to the account of patient %s", change, command.claimId(),
                command.postingSequence(), account.patientId);
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
            BigDecimal amount, Instant now) {
        AccountLine line = new AccountLine();
        line.claimId = c.claimId();
        line.encounterId = c.encounterId();
        line.lineNumber = s.lineNumber();
        line.procedureCode = s.procedureCode();
        line.reasonCode = s.reasonCode();
        line.reason = PatientShareReason.labelOf(s.reasonCode());
        line.amount = amount;
        line.postedAt = now;
        return line;
    }

    /** Stable per claim and posting; a claim's first posting keeps the id it had when claims were posted once. */
    private static UUID eventId(String claimId, BalanceChange.Reason reason, int postingSequence) {
        String key = reason == BalanceChange.Reason.PATIENT_RESPONSIBILITY_POSTED && postingSequence <= 1
                ? "PatientBalanceChanged/PATIENT_RESPONSIBILITY_POSTED/" + claimId
                : "PatientBalanceChanged/" + reason + "/" + claimId + "/" + postingSequence;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
