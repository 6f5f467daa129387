package io.revcycle.claims.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimStatusInquiry;
import io.revcycle.edi.ReceivedEdiFile;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.status.ClaimStatus277;
import io.revcycle.x12.status.ClaimStatusResponse277;
import io.revcycle.x12.status.Dependent277;
import io.revcycle.x12.status.Payer277;
import io.revcycle.x12.status.Provider277;
import io.revcycle.x12.status.Receiver277;
import io.revcycle.x12.status.StatusCode;
import io.revcycle.x12.status.StatusInfo;
import io.revcycle.x12.status.Subscriber277;

/**
 * The payer's 277 answers to our 276 inquiries (005010X212): each claim status finds its inquiry by the echoed trace
 * number (TRN*2), keeps the status (STC01) with it, and puts the status in words on the claim's timeline. The claim
 * does not move: its state follows the 835 (a 277 says where the payer stands, it is not an adjudication). A file
 * with SNIP errors is recorded by the gateway and changes nothing here.
 */
@ApplicationScoped
public class ClaimStatusAnswers {

    private static final Logger LOG = Logger.getLogger(ClaimStatusAnswers.class);

    private final ClaimStateMachine states;
    private final Clock clock;

    public ClaimStatusAnswers(ClaimStateMachine states, Clock clock) {
        this.states = states;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void take(ReceivedEdiFile file) {
        if (file.hasErrors()) {
            LOG.warnf("277 file %s from %s has SNIP errors: not taken", file.fileId(), file.senderId());
            return;
        }
        int matched = 0;
        int unmatched = 0;
        for (ClaimStatusResponse277 response : X12Toolkit.readTyped(file.content(), ClaimStatusResponse277.class)
                .values()) {
            for (ClaimStatus277 status : statuses(response)) {
                Optional<ClaimStatusInquiry> inquiry = Optional.ofNullable(status.traceNumber())
                        .flatMap(ClaimStatusInquiry::byTrace);
                if (inquiry.isEmpty()) {
                    unmatched++;
                    continue;
                }
                apply(inquiry.get(), status, file);
                matched++;
            }
        }
        LOG.infof("277 file %s from %s: %d claim status answer(s) taken, %d unmatched", file.fileId(),
                file.senderId(), matched, unmatched);
    }

    private void apply(ClaimStatusInquiry inquiry, ClaimStatus277 status, ReceivedEdiFile file) {
        StatusCode first = status.statuses().isEmpty() || status.statuses().get(0).codes().isEmpty() ? null
                : status.statuses().get(0).codes().get(0);
        inquiry.answeredAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        inquiry.answerFileId = file.fileId();
        if (first != null) {
            inquiry.statusCategory = first.category();
            inquiry.statusCode = first.status();
            inquiry.statusEntity = first.entity();
        }
        Claim claim = Claim.findById(inquiry.claimId);
        states.note(claim, "277 claim status from " + inquiry.payerId + " (answer to 276 trace " + inquiry.traceNumber
                + "): " + words(status), file.fileId(), inquiry.isa13);
    }

    /** "P1:20 Pending/In Process...: Accepted for processing", per STC, with amounts and payment when given. */
    static String words(ClaimStatus277 status) {
        List<String> parts = new ArrayList<>();
        for (StatusInfo info : status.statuses()) {
            List<String> codes = new ArrayList<>();
            for (StatusCode code : info.codes()) {
                codes.add(composite(code) + " " + AckCodeWords.category(code.category()) + ": "
                        + AckCodeWords.status(code.status())
                        + (code.entity() == null ? "" : " (" + AckCodeWords.entity(code.entity()) + ")"));
            }
            StringBuilder s = new StringBuilder(String.join("; ", codes));
            if (info.totalCharge() != null) {
                s.append("; charge ").append(info.totalCharge().toPlainString());
            }
            if (info.payment() != null) {
                s.append(", paid ").append(info.payment().toPlainString());
            }
            if (info.adjudicationDate() != null) {
                s.append(", adjudicated ").append(info.adjudicationDate());
            }
            if (info.paymentMethod() != null) {
                s.append(", ").append(info.paymentMethod());
                if (info.checkNumber() != null) {
                    s.append(" ").append(info.checkNumber());
                }
                if (info.paymentDate() != null) {
                    s.append(" on ").append(info.paymentDate());
                }
            }
            parts.add(s.toString());
        }
        if (status.payerClaimControlNumber() != null) {
            parts.add("payer claim control number " + status.payerClaimControlNumber());
        }
        return parts.isEmpty() ? "no status given" : String.join("; ", parts);
    }

    private static String composite(StatusCode code) {
        return code.category() + ":" + code.status() + (code.entity() == null ? "" : ":" + code.entity());
    }

    private static List<ClaimStatus277> statuses(ClaimStatusResponse277 response) {
        List<ClaimStatus277> out = new ArrayList<>();
        for (Payer277 payer : response.payers()) {
            for (Receiver277 receiver : payer.receivers()) {
                for (Provider277 provider : receiver.providers()) {
                    for (Subscriber277 subscriber : provider.subscribers()) {
                        out.addAll(subscriber.claims());
                        for (Dependent277 dependent : subscriber.dependents()) {
                            out.addAll(dependent.claims());
                        }
                    }
                }
            }
        }
        return out;
    }
}
