package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.remittance.domain.ClaimMatch;
import io.revcycle.remittance.domain.DuplicateRemittance;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.RemittanceAdjustment;
import io.revcycle.remittance.domain.RemittanceLine;
import io.revcycle.remittance.domain.SubmittedClaim;
import io.revcycle.remittance.domain.SubmittedClaimLine;
import io.revcycle.remittance.messaging.AdjudicationPublisher;

/**
 * Joins claims and remittances, which arrive on different topics in either order, and posts each claim once:
 * when both halves are present. Runs inside the consumer's transaction, so the posting and its events commit
 * together with the inbox row.
 */
@ApplicationScoped
public class RemittancePostingService {

    private static final Logger LOG = Logger.getLogger(RemittancePostingService.class);

    private final AdjudicationPublisher publisher;

    public RemittancePostingService(AdjudicationPublisher publisher) {
        this.publisher = publisher;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordClaim(RecordClaimCommand command) {
        requireText(command.claimId(), "claim has no claimId");
        requireText(command.patientId(), "claim " + command.claimId() + " has no patientId");
        ClaimMatch match = ClaimMatch.lockOrCreate(command.claimId());
        if (match.claimReceived()) {
            LOG.infof("claim %s is already known; keeping the first copy", command.claimId());
            return;
        }
        Instant now = Instant.now();
        SubmittedClaim claim = new SubmittedClaim();
        claim.claimId = command.claimId();
        claim.encounterId = command.encounterId();
        claim.patientId = command.patientId();
        claim.payerId = command.payerId();
        claim.totalCharge = command.totalCharge();
        claim.receivedAt = now;
        for (RecordClaimCommand.Line l : command.lines()) {
            SubmittedClaimLine line = new SubmittedClaimLine();
            line.lineNumber = l.lineNumber();
            line.procedureCode = l.procedureCode();
            line.units = l.units();
            line.charge = l.charge();
            claim.addLine(line);
        }
        claim.persist();
        match.claimReceivedAt = now;
        postIfReady(match);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void receiveRemittance(PostRemittanceCommand command) {
        Adjudication adjudication = RemittanceCalculator.adjudicate(command);
        ClaimMatch match = ClaimMatch.lockOrCreate(command.claimId());
        Instant now = Instant.now();
        if (match.remittanceReceived()) {
            recordDuplicate(command, now);
            return;
        }
        toRemittance(command, adjudication, now).persist();
        match.remittanceReceivedAt = now;
        postIfReady(match);
    }

    /** Posts once: the claim_match row is locked by the caller and posted_at is set in the same transaction. */
    private void postIfReady(ClaimMatch match) {
        if (!match.claimReceived() || !match.remittanceReceived() || match.posted()) {
            return;
        }
        SubmittedClaim claim = SubmittedClaim.findById(match.claimId);
        Remittance remittance = Remittance.findById(match.claimId);
        Instant now = Instant.now();
        match.postedAt = now;
        remittance.postedAt = now;
        publisher.publishAdjudication(claim, remittance);
        LOG.infof("posted remittance for claim %s: %s, paid %s", claim.claimId, remittance.outcome,
                remittance.paidAmount);
    }

    private void recordDuplicate(PostRemittanceCommand command, Instant now) {
        DuplicateRemittance duplicate = new DuplicateRemittance();
        duplicate.eventId = command.eventId();
        duplicate.claimId = command.claimId();
        duplicate.payerClaimControlNumber = command.payerClaimControlNumber();
        duplicate.claimStatusCode = command.claimStatusCode();
        duplicate.paidAmount = command.lines().stream().map(PostRemittanceCommand.Line::paid)
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
        duplicate.receivedAt = now;
        duplicate.persist();
        LOG.warnf("claim %s already has a remittance; recorded remittance event %s as a duplicate",
                command.claimId(), command.eventId());
    }

    private static Remittance toRemittance(PostRemittanceCommand c, Adjudication a, Instant now) {
        Remittance r = new Remittance();
        r.claimId = c.claimId();
        r.eventId = c.eventId();
        r.encounterId = c.encounterId();
        r.payerId = c.payerId();
        r.payerClaimControlNumber = c.payerClaimControlNumber();
        r.claimStatusCode = c.claimStatusCode();
        r.outcome = a.outcome();
        r.totalCharge = c.totalCharge();
        r.allowedAmount = a.allowedAmount();
        r.paidAmount = a.paidAmount();
        r.patientResponsibility = a.patientResponsibility();
        r.contractualAdjustment = a.contractualAdjustment();
        r.deniedAmount = a.deniedAmount();
        r.receivedAt = now;
        for (PostRemittanceCommand.Line l : c.lines()) {
            RemittanceLine line = new RemittanceLine();
            line.lineNumber = l.lineNumber();
            line.procedureCode = l.procedureCode();
            line.charge = l.charge();
            line.allowed = l.allowed();
            line.paid = l.paid();
            line.denied = a.deniedLines().contains(l.lineNumber());
            line.remarkCodes.addAll(l.remarkCodes());
            for (PostRemittanceCommand.Adjustment adj : l.adjustments()) {
                RemittanceAdjustment adjustment = new RemittanceAdjustment();
                adjustment.groupCode = adj.groupCode();
                adjustment.reasonCode = adj.reasonCode();
                adjustment.amount = adj.amount();
                line.addAdjustment(adjustment);
            }
            r.addLine(line);
        }
        return r;
    }

    private static void requireText(String value, String problem) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(problem);
        }
    }
}
