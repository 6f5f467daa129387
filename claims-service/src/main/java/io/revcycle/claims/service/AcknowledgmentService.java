package io.revcycle.claims.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimBatch;
import io.revcycle.claims.domain.ClaimPayerLeg;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.PayerEntry;
import io.revcycle.claims.domain.RejectionStage;
import io.revcycle.edi.ReceivedEdiFile;
import io.revcycle.events.ClaimAcknowledged;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.ack.Ack999;
import io.revcycle.x12.claimack.ClaimAck277;

/**
 * Lets 999 and 277CA files drive claim state. A 999 finds its batch by its sender (the payer's interchange id) and
 * AK102 (our GS06), then the claims by AK202 (ST02); a 277CA finds each claim by TRN02 (patient control number).
 * Whatever matches nothing is recorded as unmatched in the log with the file id and changes nothing. An
 * acknowledgment for a claim already past it (e.g. adjudicated) is put on the timeline without moving the claim back.
 * A file with SNIP errors is refused whole.
 */
@ApplicationScoped
public class AcknowledgmentService {

    private static final Logger LOG = Logger.getLogger(AcknowledgmentService.class);

    private final ClaimStateMachine states;
    private final ClaimRejections rejections;
    private final EventOutbox outbox;

    private final NextPayerAcknowledgments nextPayers;

    public AcknowledgmentService(ClaimStateMachine states, ClaimRejections rejections, EventOutbox outbox,
            NextPayerAcknowledgments nextPayers) {
        this.states = states;
        this.rejections = rejections;
        this.outbox = outbox;
        this.nextPayers = nextPayers;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void take999(ReceivedEdiFile file) {
        if (refused(file, "999")) {
            return;
        }
        for (Ack999 ack : X12Toolkit.readTyped(file.content(), Ack999.class).values()) {
            Optional<ClaimBatch> batch = batchOf(file.senderId(), ack.groupControlNumber());
            Optional<ClaimPayerLeg> leg = batch.isPresent() ? Optional.empty()
                    : nextPayers.legOf999(file.senderId(), ack.groupControlNumber());
            if (leg.isPresent()) {
                // a next payer's claim travels alone in its interchange
                ack.transactions().forEach(tx -> nextPayers.apply999(leg.get(), tx, file.fileId()));
                continue;
            }
            if (batch.isEmpty()) {
                LOG.warnf("999 file %s: unmatched, no batch sent to %s with group control number %s", file.fileId(),
                        file.senderId(), ack.groupControlNumber());
                continue;
            }
            for (Ack999.TransactionResponse tx : ack.transactions()) {
                List<Claim> claims = Claim.list("batchId = ?1 and st02 = ?2 order by claimId", batch.get().id,
                        tx.controlNumber());
                if (claims.isEmpty()) {
                    LOG.warnf("999 file %s: unmatched, batch %s has no transaction set %s", file.fileId(),
                            batch.get().isa13, tx.controlNumber());
                }
                for (Claim claim : claims) {
                    apply999(claim, batch.get(), tx, file);
                }
            }
        }
    }

    /**
     * A 999 or 277CA with SNIP errors moves no claim: what it says cannot be trusted (a truncated 999 reads as fewer
     * rejections, a wrong date or amount as another claim's). The gateway has recorded it REJECTED with the findings
     * (an upload answers 422); no acknowledgment answers an acknowledgment, so the payer is asked to send it again.
     */
    private static boolean refused(ReceivedEdiFile file, String type) {
        if (!file.hasErrors()) {
            return false;
        }
        LOG.warnf("%s file %s refused with %d validation error(s): no claim changes", type, file.fileId(),
                file.findings().stream().filter(f -> f.isError()).count());
        return true;
    }

    private void apply999(Claim claim, ClaimBatch batch, Ack999.TransactionResponse tx, ReceivedEdiFile file) {
        Ack999.TransactionAckCode code = tx.status() == null ? null : tx.status().code();
        String where = "999 for interchange " + batch.isa13 + ", transaction set " + tx.controlNumber();
        if (code != null && code.accepted()) {
            String cause = where + ": accepted (IK501 " + code + ")";
            if (claim.status == ClaimStatus.SENT) {
                states.move(claim, ClaimStatus.ACKNOWLEDGED, cause, file.fileId(), batch.isa13);
                publishAcknowledged(claim, batch, "ACK_999", code.name(), null, file.fileId(), tx.controlNumber());
            } else {
                states.note(claim, cause + "; recorded only, the claim is already " + claim.status, file.fileId(),
                        batch.isa13);
            }
            return;
        }
        Rejection r = rejection999(tx);
        if (claim.status == ClaimStatus.SENT || claim.status == ClaimStatus.ACKNOWLEDGED) {
            rejections.reject(claim, RejectionStage.ACK_999, r.codes(), where + " rejected it: " + r.reason(),
                    file.fileId(), batch.isa13);
        } else {
            states.note(claim, where + " rejected it (" + r.reason() + "); recorded only, the claim is already "
                    + claim.status, file.fileId(), batch.isa13);
        }
    }

    /** IK5 and each IK3/IK4 in words: segment id, position and loop; element position and error. */
    static Rejection rejection999(Ack999.TransactionResponse tx) {
        List<String> codes = new ArrayList<>();
        List<String> words = new ArrayList<>();
        String ik501 = tx.status() == null || tx.status().code() == null ? "?" : tx.status().code().name();
        codes.add("IK501 " + ik501);
        if (tx.status() != null) {
            for (String c : tx.status().errorCodes()) {
                codes.add("IK502 " + c);
                words.add("transaction set: " + AckCodeWords.transactionError(c));
            }
        }
        for (Ack999.SegmentError s : tx.segmentErrors()) {
            codes.add("IK304 " + s.errorCode());
            StringBuilder w = new StringBuilder("segment " + s.segmentId() + " at position " + s.position()
                    + (s.loopId() == null ? "" : " in loop " + s.loopId()) + ": "
                    + AckCodeWords.segmentError(s.errorCode()));
            for (Ack999.ElementError e : s.elementErrors()) {
                codes.add("IK403 " + e.errorCode());
                w.append("; element ").append(s.segmentId()).append(String.format("%02d", e.elementPosition()));
                if (e.componentPosition() > 0) {
                    w.append("-").append(e.componentPosition());
                }
                if (e.dataElementReference() != null) {
                    w.append(" (data element ").append(e.dataElementReference()).append(")");
                }
                w.append(": ").append(AckCodeWords.elementError(e.errorCode()));
            }
            words.add(w.toString());
        }
        if (words.isEmpty()) {
            words.add("transaction set rejected (IK501 " + ik501 + ") without details");
        }
        return new Rejection(codes, String.join("; ", words));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void take277(ReceivedEdiFile file) {
        if (refused(file, "277CA")) {
            return;
        }
        List<ClaimAck277> acks = X12Toolkit.readTyped(file.content(), ClaimAck277.class).values();
        // every claim the file names in one query, not one per claim
        Set<String> pcns = new HashSet<>();
        acks.forEach(ack -> ack.claims().stream().map(ClaimAck277.ClaimStatus::patientControlNumber)
                .filter(Objects::nonNull).forEach(pcns::add));
        Map<String, Claim> claims = Claim.byPatientControlNumbers(pcns);
        Set<String> others = new HashSet<>(pcns);
        others.removeAll(claims.keySet());
        Map<String, ClaimPayerLeg> legs = nextPayers.legsOf277(file.senderId(), others);
        int matched = 0;
        for (ClaimAck277 ack : acks) {
            for (ClaimAck277.ClaimStatus status : ack.claims()) {
                Optional<Claim> claim = Optional.ofNullable(status.patientControlNumber()).map(claims::get)
                        .filter(c -> sentTo(c, file.senderId()));
                ClaimPayerLeg leg = status.patientControlNumber() == null ? null
                        : legs.get(status.patientControlNumber());
                if (claim.isEmpty() && leg != null) {
                    nextPayers.apply277(leg, status, file.fileId());
                    matched++;
                    continue;
                }
                if (claim.isEmpty() || claim.get().batchId == null) {
                    LOG.warnf("277CA file %s: unmatched claim acknowledgment (no claim sent to %s with that patient "
                            + "control number)", file.fileId(), file.senderId());
                    continue;
                }
                apply277(claim.get(), status, file);
                matched++;
            }
        }
        LOG.infof("277CA file %s from %s: %d claim acknowledgment(s) taken", file.fileId(), file.senderId(), matched);
    }

    private void apply277(Claim claim, ClaimAck277.ClaimStatus status, ReceivedEdiFile file) {
        ClaimBatch batch = ClaimBatch.findById(claim.batchId);
        ClaimAck277.StatusCode first = status.statuses().isEmpty() ? null : status.statuses().get(0).status();
        String category = first == null ? null : first.category();
        String words = words277(status);
        String cause = "277CA: " + words;
        if ("A1".equals(category) || "A2".equals(category)) {
            if (claim.status == ClaimStatus.SENT || claim.status == ClaimStatus.ACKNOWLEDGED) {
                claim.payerClaimControlNumber = status.payerClaimControlNumber();
                states.move(claim, ClaimStatus.ACCEPTED, cause
                        + (status.payerClaimControlNumber() == null ? "" : "; payer claim control number "
                                + status.payerClaimControlNumber()), file.fileId(), batch.isa13);
                publishAcknowledged(claim, batch, "ACK_277CA", category, status.payerClaimControlNumber(),
                        file.fileId(), claim.st02);
            } else {
                states.note(claim, cause + "; recorded only, the claim is already " + claim.status, file.fileId(),
                        batch.isa13);
            }
        } else if (List.of("A3", "A6", "A7", "A8").contains(category)
                && (claim.status == ClaimStatus.SENT || claim.status == ClaimStatus.ACKNOWLEDGED)) {
            rejections.reject(claim, RejectionStage.ACK_277CA, codes277(status), "the payer rejected the claim: "
                    + words, file.fileId(), batch.isa13);
        } else {
            states.note(claim, cause + "; recorded only, the claim is " + claim.status, file.fileId(), batch.isa13);
        }
    }

    /** "STC01 A7:562:IL" per status (STC01, STC10, STC11), as ClaimRejected documents its codes. */
    static List<String> codes277(ClaimAck277.ClaimStatus status) {
        List<String> codes = new ArrayList<>();
        for (ClaimAck277.Status s : status.statuses()) {
            codes.add("STC01 " + composite(s.status()));
            for (ClaimAck277.StatusCode more : s.additional()) {
                codes.add("STC " + composite(more));
            }
        }
        return codes;
    }

    private static String composite(ClaimAck277.StatusCode c) {
        return c.category() + ":" + c.code() + (c.entity() == null ? "" : ":" + c.entity());
    }

    static String words277(ClaimAck277.ClaimStatus status) {
        List<String> parts = new ArrayList<>();
        for (ClaimAck277.Status s : status.statuses()) {
            List<ClaimAck277.StatusCode> all = new ArrayList<>();
            all.add(s.status());
            all.addAll(s.additional());
            for (ClaimAck277.StatusCode c : all) {
                if (c == null) {
                    continue;
                }
                parts.add(c.category() + " " + AckCodeWords.category(c.category()) + " - status " + c.code() + " "
                        + AckCodeWords.status(c.code())
                        + (c.entity() == null ? "" : " (" + AckCodeWords.entity(c.entity()) + ")"));
            }
        }
        return parts.isEmpty() ? "no status" : String.join("; ", parts);
    }

    private static boolean sentTo(Claim claim, String senderId) {
        return PayerEntry.<PayerEntry>findByIdOptional(claim.payerId).map(p -> p.interchangeId.equals(senderId))
                .orElse(false);
    }

    /** GS06 is stored as written (no padding); AK102 may come padded. */
    private static Optional<ClaimBatch> batchOf(String senderId, String groupControlNumber) {
        String gs06;
        try {
            gs06 = Long.toString(Long.parseLong(groupControlNumber.trim()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return ClaimBatch.find("receiverId = ?1 and gs06 = ?2", senderId, gs06).firstResultOptional();
    }

    private void publishAcknowledged(Claim claim, ClaimBatch batch, String stage, String statusCode,
            String payerClaimControlNumber, String fileId, String st02) {
        outbox.publish(Topics.CLAIM_ACKNOWLEDGED, claim.claimId, ClaimAcknowledged.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes((stage + ":" + claim.claimId + ":" + fileId)
                        .getBytes(StandardCharsets.UTF_8)))
                .setOccurredAt(Instant.now())
                .setClaimId(claim.claimId)
                .setEncounterId(claim.encounterId)
                .setPayerId(claim.payerId)
                .setStage(stage)
                .setStatusCode(statusCode)
                .setPayerClaimControlNumber(payerClaimControlNumber)
                .setInterchangeControlNumber(batch.isa13)
                .setTransactionSetControlNumber(st02)
                .setEdiFileId(fileId)
                .build());
    }

    record Rejection(List<String> codes, String reason) {
    }
}
