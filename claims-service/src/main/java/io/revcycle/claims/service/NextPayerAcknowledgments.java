package io.revcycle.claims.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimPayerLeg;
import io.revcycle.claims.domain.PayerEntry;
import io.revcycle.claims.domain.RejectionStage;
import io.revcycle.x12.ack.Ack999;
import io.revcycle.x12.claimack.ClaimAck277;

/**
 * The 999 and 277CA a next payer sends for the claim it received after the primary (coordination of benefits): they
 * name the leg's own interchange and CLM01, so they move the leg (ACKNOWLEDGED, ACCEPTED with the payer's claim
 * number, REJECTED with the reason in words), never the claim; each answer is noted on the claim's timeline.
 */
@ApplicationScoped
public class NextPayerAcknowledgments {

    private final ClaimStateMachine states;
    private final ClaimRejections rejections;

    public NextPayerAcknowledgments(ClaimStateMachine states, ClaimRejections rejections) {
        this.states = states;
        this.rejections = rejections;
    }

    /** The leg a next payer's 999 answers: its interchange (GS06 = ISA13 unpadded), sent to that payer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ClaimPayerLeg> legOf999(String senderId, String groupControlNumber) {
        long n;
        try {
            n = Long.parseLong(groupControlNumber.trim());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return ClaimPayerLeg.sentIn(BatchControlNumbers.isa13(n)).filter(l -> sentTo(l, senderId));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply999(ClaimPayerLeg leg, Ack999.TransactionResponse tx, String fileId) {
        Ack999.TransactionAckCode code = tx.status() == null ? null : tx.status().code();
        String where = "999 from " + leg.payerId + " for its claim " + leg.patientControlNumber + " (interchange "
                + leg.isa13 + ")";
        if (code != null && code.accepted()) {
            move(leg, ClaimPayerLeg.Status.SENT, ClaimPayerLeg.Status.ACKNOWLEDGED, where + ": accepted", fileId);
        } else {
            AcknowledgmentService.Rejection r = AcknowledgmentService.rejection999(tx);
            reject(leg, RejectionStage.ACK_999, r.codes(), where + " rejected it: " + r.reason(), fileId);
        }
    }

    /** The legs among these patient control numbers, sent to this payer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, ClaimPayerLeg> legsOf277(String senderId, Collection<String> pcns) {
        Map<String, ClaimPayerLeg> legs = ClaimPayerLeg.byPatientControlNumbers(pcns);
        legs.values().removeIf(l -> !sentTo(l, senderId));
        return legs;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply277(ClaimPayerLeg leg, ClaimAck277.ClaimStatus status, String fileId) {
        ClaimAck277.StatusCode first = status.statuses().isEmpty() ? null : status.statuses().get(0).status();
        String category = first == null ? null : first.category();
        String where = "277CA from " + leg.payerId + " for its claim " + leg.patientControlNumber + ": "
                + AcknowledgmentService.words277(status);
        if ("A1".equals(category) || "A2".equals(category)) {
            if (leg.status == ClaimPayerLeg.Status.SENT || leg.status == ClaimPayerLeg.Status.ACKNOWLEDGED) {
                leg.payerClaimControlNumber = status.payerClaimControlNumber();
            }
            move(leg, leg.status == ClaimPayerLeg.Status.SENT ? ClaimPayerLeg.Status.SENT
                    : ClaimPayerLeg.Status.ACKNOWLEDGED, ClaimPayerLeg.Status.ACCEPTED, where, fileId);
        } else if (List.of("A3", "A6", "A7", "A8").contains(category)) {
            reject(leg, RejectionStage.ACK_277CA, AcknowledgmentService.codes277(status), where, fileId);
        } else {
            note(leg, where + "; recorded only, the leg is " + leg.status, fileId);
        }
    }

    private void move(ClaimPayerLeg leg, ClaimPayerLeg.Status from, ClaimPayerLeg.Status to, String cause,
            String fileId) {
        if (leg.status == from) {
            leg.status = to;
            note(leg, cause, fileId);
        } else {
            note(leg, cause + "; recorded only, the leg is " + leg.status, fileId);
        }
    }

    /** The leg is REJECTED and in the correction queue as that leg (ClaimRejected names its payer and SBR01). */
    private void reject(ClaimPayerLeg leg, RejectionStage stage, List<String> codes, String reason, String fileId) {
        if (leg.status.atPayer()) {
            leg.status = ClaimPayerLeg.Status.REJECTED;
            leg.statusReason = reason.length() > 1000 ? reason.substring(0, 997) + "..." : reason;
            note(leg, reason, fileId);
            rejections.enqueue(Claim.findById(leg.claimId), leg, stage, codes, reason, fileId);
        } else {
            note(leg, reason + "; recorded only, the leg is " + leg.status, fileId);
        }
    }

    private void note(ClaimPayerLeg leg, String cause, String fileId) {
        Claim claim = Claim.findById(leg.claimId);
        states.note(claim, cause, fileId, leg.isa13);
    }

    private static boolean sentTo(ClaimPayerLeg leg, String senderId) {
        return PayerEntry.<PayerEntry>findByIdOptional(leg.payerId).map(p -> p.interchangeId.equals(senderId))
                .orElse(false);
    }
}
