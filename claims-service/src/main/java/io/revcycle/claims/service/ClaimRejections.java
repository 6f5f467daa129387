package io.revcycle.claims.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimPayerLeg;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.CorrectionItem;
import io.revcycle.claims.domain.RejectionStage;
import io.revcycle.events.ClaimRejected;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;

/**
 * Puts a claim in the correction queue: REJECTED, an OPEN correction item and ClaimRejected, in one transaction; or a
 * next payer's leg of it (the item and event name the leg).
 */
@ApplicationScoped
public class ClaimRejections {

    private final ClaimStateMachine states;
    private final EventOutbox outbox;

    public ClaimRejections(ClaimStateMachine states, EventOutbox outbox) {
        this.states = states;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reject(Claim claim, RejectionStage stage, List<String> codes, String reason, String fileId,
            String isa13) {
        states.move(claim, ClaimStatus.REJECTED, stage + " rejection: " + reason, fileId, isa13);
        enqueue(claim, stage, codes, reason, fileId, isa13);
    }

    /** The queue item and event of a claim already moved to REJECTED (a new claim that failed its first scrub). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Claim claim, RejectionStage stage, List<String> codes, String reason, String fileId,
            String isa13) {
        enqueue(claim, claim.payerId, "P", stage, codes, reason, fileId, isa13);
    }

    /**
     * A next payer rejected the claim sent to it (coordination of benefits): the leg's item and event, naming that
     * payer and leg; the claim itself keeps its state (its own payer adjudicated it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Claim claim, ClaimPayerLeg leg, RejectionStage stage, List<String> codes, String reason,
            String fileId) {
        enqueue(claim, leg.payerId, leg.payerResponsibility, stage, codes, reason, fileId, leg.isa13);
    }

    private void enqueue(Claim claim, String payerId, String payerResponsibility, RejectionStage stage,
            List<String> codes, String reason, String fileId, String isa13) {
        CorrectionItem item = new CorrectionItem();
        item.claimId = claim.claimId;
        item.payerResponsibility = payerResponsibility;
        item.stage = stage;
        item.codes = new ArrayList<>(codes);
        item.reason = reason.length() > 4000 ? reason.substring(0, 3997) + "..." : reason;
        item.status = CorrectionItem.Status.OPEN;
        item.fileId = fileId;
        item.isa13 = isa13;
        item.createdAt = Instant.now();
        item.persist();
        outbox.publish(Topics.CLAIM_REJECTED, claim.claimId, ClaimRejected.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(item.createdAt)
                .setClaimId(claim.claimId)
                .setEncounterId(claim.encounterId)
                .setPayerId(payerId)
                .setPayerResponsibility(payerResponsibility)
                .setStage(stage.name())
                .setCodes(List.copyOf(codes))
                .setReason(item.reason)
                .setInterchangeControlNumber(isa13)
                .setEdiFileId(fileId)
                .build());
    }

    /** A corrected claim leaves the queue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resolveOpen(Claim claim) {
        resolveOpen(claim, "P");
    }

    /** A corrected claim, or a next payer's leg of it, leaves the queue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resolveOpen(Claim claim, String payerResponsibility) {
        Instant now = Instant.now();
        for (CorrectionItem item : CorrectionItem.openFor(claim.claimId, payerResponsibility)) {
            item.status = CorrectionItem.Status.RESOLVED;
            item.resolvedAt = now;
        }
    }
}
