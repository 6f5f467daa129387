package io.revcycle.payersim.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.edi.ReceivedEdiFile;
import io.revcycle.payersim.domain.Payer;
import io.revcycle.payersim.domain.ReceivedClaim;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.status.ClaimInquiry276;
import io.revcycle.x12.status.ClaimStatus277;
import io.revcycle.x12.status.ClaimStatusRequest276;
import io.revcycle.x12.status.ClaimStatusResponse277;
import io.revcycle.x12.status.Dependent276;
import io.revcycle.x12.status.Dependent277;
import io.revcycle.x12.status.Payer276;
import io.revcycle.x12.status.Payer277;
import io.revcycle.x12.status.Provider276;
import io.revcycle.x12.status.Provider277;
import io.revcycle.x12.status.Receiver276;
import io.revcycle.x12.status.Receiver277;
import io.revcycle.x12.status.StatusCode;
import io.revcycle.x12.status.StatusInfo;
import io.revcycle.x12.status.Subscriber276;
import io.revcycle.x12.status.Subscriber277;

/**
 * Answers 276 claim status requests (005010X212) with 277s from what the payer did with each claim, found by the
 * payer (ISA08) and the patient control number (REF*EJ), the inquiry's TRN echoed as TRN*2. STC01 (categories X12
 * list 507, status codes list 508):
 * <ul>
 * <li>never received: {@code A4:35} not found;</li>
 * <li>rejected by the 277CA: that rejection again ({@code A3:33:IL}, ...);</li>
 * <li>accepted and sat on, or acknowledge-only: {@code P1:20} pending, in process;</li>
 * <li>adjudicated, 835 not yet sent: {@code F1:3} / {@code F2:3} / {@code F4:3} (paid / denied / no payment),
 * awaiting the payment cycle, with charge and paid amount;</li>
 * <li>paid in an 835: {@code F1:65} paid (or {@code F2:1} / {@code F4:1}, see the remittance advice) with the
 * payment method and the 835's trace number.</li>
 * </ul>
 * A file with SNIP errors gets no 277, and a 999 rejecting it unless its envelope is in error
 * ({@link FileAcknowledgments}).
 */
@ApplicationScoped
public class ClaimStatusResponder {

    private static final Logger LOG = Logger.getLogger(ClaimStatusResponder.class);

    private final ControlNumberSequence numbers;
    private final AnswerFiles answers;
    private final FileAcknowledgments acknowledgments;

    public ClaimStatusResponder(ControlNumberSequence numbers, AnswerFiles answers,
            FileAcknowledgments acknowledgments) {
        this.numbers = numbers;
        this.answers = answers;
        this.acknowledgments = acknowledgments;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(ReceivedEdiFile file) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0);
        if (file.hasErrors()) {
            acknowledgments.acknowledge(file, "276");
            LOG.infof("rejected 276 file %s", file.fileId());
            return;
        }
        String payerIsaId = file.document().interchanges().get(0).receiverId().strip();
        String payerId = Payer.byIsaId(payerIsaId).map(p -> p.payerId).orElse(null);
        Payer payer = payerId == null ? null : Payer.findById(payerId);
        List<ClaimStatusResponse277> responses = new ArrayList<>();
        int claims = 0;
        for (ClaimStatusRequest276 request : X12Toolkit.readTyped(file.content(), ClaimStatusRequest276.class)
                .values()) {
            List<Payer277> payers = new ArrayList<>();
            for (Payer276 p : request.payers()) {
                List<Receiver277> receivers = new ArrayList<>();
                for (Receiver276 r : p.receivers()) {
                    List<Provider277> providers = new ArrayList<>();
                    for (Provider276 provider : r.providers()) {
                        List<Subscriber277> subscribers = new ArrayList<>();
                        for (Subscriber276 s : provider.subscribers()) {
                            List<Dependent277> dependents = new ArrayList<>();
                            for (Dependent276 d : s.dependents()) {
                                dependents.add(new Dependent277(d.name(), statuses(d.claims(), payer, now)));
                            }
                            subscribers.add(new Subscriber277(s.name(), statuses(s.claims(), payer, now), dependents));
                            claims += s.claims().size() + s.dependents().stream().mapToInt(d -> d.claims().size())
                                    .sum();
                        }
                        providers.add(new Provider277(provider.name(), subscribers));
                    }
                    receivers.add(new Receiver277(r.name(), providers));
                }
                payers.add(new Payer277(p.name(), List.of(), receivers));
            }
            responses.add(new ClaimStatusResponse277(request.referenceId(), now.toLocalDate(),
                    String.format("%02d%02d", now.getHour(), now.getMinute()), payers));
        }
        if (responses.isEmpty()) {
            return;
        }
        Envelope envelope = new Envelope("ZZ", payerIsaId, "ZZ", file.senderId(), payerIsaId, file.senderId(), now,
                "P", false);
        String answerId = answers.send(X12Toolkit.writeTyped(responses, envelope, numbers.forFile(),
                Delimiters.DEFAULT)).fileId;
        LOG.infof("answered 276 file %s with 277 %s (%d claims)", file.fileId(), answerId, claims);
    }

    private static List<ClaimStatus277> statuses(List<ClaimInquiry276> inquiries, Payer payer, LocalDateTime now) {
        List<ClaimStatus277> out = new ArrayList<>();
        for (ClaimInquiry276 inquiry : inquiries) {
            ReceivedClaim claim = payer == null || inquiry.patientControlNumber() == null ? null
                    : ReceivedClaim.acceptedBefore(payer.payerId, inquiry.patientControlNumber())
                            .or(() -> ReceivedClaim.latest(payer.payerId, inquiry.patientControlNumber()))
                            .orElse(null);
            out.add(new ClaimStatus277(inquiry.traceNumber(), List.of(status(claim, payer, now.toLocalDate(),
                    inquiry.totalCharge())),
                    claim == null ? inquiry.payerClaimControlNumber() : claim.payerClaimControlNumber,
                    inquiry.billType(), inquiry.patientControlNumber(), null, null, null, inquiry.serviceDate(),
                    List.of()));
        }
        return out;
    }

    /** STC of one claim; STC04 (the charge) is required at the claim level: the asked charge when not found. */
    static StatusInfo status(ReceivedClaim claim, Payer payer, LocalDate today, BigDecimal askedCharge) {
        if (claim == null) {
            return new StatusInfo(List.of(StatusCode.of("A4", "35")), today,
                    askedCharge == null ? BigDecimal.ZERO.setScale(2) : askedCharge, null, null, null, null, null);
        }
        if (ReceivedClaim.REJECTED.equals(claim.status)) {
            return new StatusInfo(List.of(new StatusCode(claim.statusCategory, claim.statusCode, claim.statusEntity,
                    null)), today, claim.totalCharge, null, null, null, null, null);
        }
        String remittance = claim.remittanceStatus;
        if (ReceivedClaim.PENDED.equals(remittance) || ReceivedClaim.ACK_ONLY.equals(remittance)
                || claim.paidAmount == null) {
            return new StatusInfo(List.of(StatusCode.of("P1", "20")), today, claim.totalCharge, null, null, null,
                    null, null);
        }
        BigDecimal paid = claim.paidAmount;
        String category = "4".equals(claim.claimStatusCode) ? "F2" : paid.signum() > 0 ? "F1" : "F4";
        LocalDate adjudicated = claim.receivedAt.atOffset(ZoneOffset.UTC).toLocalDate();
        if (!ReceivedClaim.SENT.equals(remittance)) {
            return new StatusInfo(List.of(StatusCode.of(category, "3")), today, claim.totalCharge, paid, adjudicated,
                    null, null, null);
        }
        String method = paid.signum() > 0 ? payer.paymentMethod : "NON";
        return new StatusInfo(List.of(StatusCode.of(category, "F1".equals(category) ? "65" : "1")), today,
                claim.totalCharge, paid, adjudicated, method, null, claim.remittanceTraceNumber);
    }
}
