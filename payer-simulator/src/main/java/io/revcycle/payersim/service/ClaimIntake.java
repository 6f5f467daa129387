package io.revcycle.payersim.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.edi.ReceivedEdiFile;
import io.revcycle.payersim.domain.Payer;
import io.revcycle.payersim.domain.ReceivedClaim;
import io.revcycle.payersim.domain.ReceivedClaimLine;
import io.revcycle.payersim.service.ClaimAck277Builder.Answered;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.TransactionCatalog;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.ack.Ack999;
import io.revcycle.x12.ack.Ack999.TransactionAckCode;
import io.revcycle.x12.ack.Ack999.TransactionResponse;
import io.revcycle.x12.claim.Claim837;
import io.revcycle.x12.claim.Line;
import io.revcycle.x12.claim.Procedure;
import io.revcycle.x12.claimack.ClaimAck277;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.model.FunctionalGroup;
import io.revcycle.x12.model.Interchange;
import io.revcycle.x12.model.TransactionSet;

/**
 * What the payer does with an 837 file, inside the gateway's intake transaction: a 999 per functional group (IK3/IK4
 * for the segments and elements in error); then, per interchange, the claims of the transaction sets the 999 accepted
 * are reviewed, recorded, adjudicated (queued for the next 835) and answered together in one 277CA. A transaction set
 * the 999 rejected gets no further answer. Every answer file leaves through the outbox with the state it reports.
 */
@ApplicationScoped
public class ClaimIntake {

    private static final Logger LOG = Logger.getLogger(ClaimIntake.class);

    private final ControlNumberSequence numbers;
    private final AnswerFiles answers;
    private final ClaimReview review;
    private final BenefitAdjudicator adjudicator;
    private final ClaimAck277Builder ack277;
    private final ClaimSitting sitting;
    private final PriorPayerAdjudication priorPayer;
    private final FileAcknowledgments acknowledgments;

    public ClaimIntake(ControlNumberSequence numbers, AnswerFiles answers, ClaimReview review,
            BenefitAdjudicator adjudicator, ClaimAck277Builder ack277, ClaimSitting sitting,
            PriorPayerAdjudication priorPayer, FileAcknowledgments acknowledgments) {
        this.acknowledgments = acknowledgments;
        this.sitting = sitting;
        this.priorPayer = priorPayer;
        this.numbers = numbers;
        this.answers = answers;
        this.review = review;
        this.adjudicator = adjudicator;
        this.ack277 = ack277;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void take(ReceivedEdiFile file) {
        FileAcknowledgments.Acknowledged acknowledged = acknowledgments.acknowledge(file, "837");
        List<Ack999> acks = acknowledged.acks();
        int group = 0;
        for (Interchange isa : acknowledged.answerable().interchanges()) {
            List<SubmittedClaim> claims = new ArrayList<>();
            for (FunctionalGroup gs : isa.groups()) {
                Ack999 ack = acks.get(group++);
                for (int i = 0; i < gs.transactions().size(); i++) {
                    TransactionSet st = gs.transactions().get(i);
                    if (accepted(ack, i, st)) {
                        claims.addAll(claimsOf(st, gs));
                    }
                }
            }
            if (!claims.isEmpty()) {
                answer(file.fileId(), isa, claims);
            }
        }
    }

    /** IK5 A (accepted) or E (accepted, errors noted) in a group the AK9 did not reject as a whole. */
    private static boolean accepted(Ack999 ack, int index, TransactionSet st) {
        if (ack.response() != null && ack.response().code() == Ack999.GroupAckCode.R) {
            return false;
        }
        List<TransactionResponse> responses = ack.transactions();
        TransactionResponse r = responses.size() > index && st.controlNumber().equals(responses.get(index).controlNumber())
                ? responses.get(index)
                : responses.stream().filter(t -> st.controlNumber().equals(t.controlNumber())).findFirst().orElse(null);
        return r != null && r.status() != null
                && (r.status().code() == TransactionAckCode.A || r.status().code() == TransactionAckCode.E);
    }

    private static List<SubmittedClaim> claimsOf(TransactionSet st, FunctionalGroup gs) {
        String guide = st.implementationReference() == null || st.implementationReference().isBlank() ? gs.version()
                : st.implementationReference();
        return TransactionCatalog.find(st.id(), guide)
                .map(support -> support.fromBody(st, finding -> { }))
                .filter(Claim837.class::isInstance)
                .map(tx -> SubmittedClaim.of((Claim837) tx, gs.controlNumber(), st.controlNumber()))
                .orElse(List.of());
    }

    private void answer(String fileId, Interchange isa, List<SubmittedClaim> claims) {
        String receiverId = isa.receiverId().strip();
        List<Answered> answered = new ArrayList<>();
        int accepted = 0;
        for (SubmittedClaim c : claims) {
            ClaimDecision decision = review.review(c, receiverId);
            ReceivedClaim r = record(fileId, isa, c, decision);
            answered.add(new Answered(c, r));
            accepted += decision.accepted() ? 1 : 0;
        }
        Payer payer = Payer.byIsaId(receiverId).orElse(null);
        ClaimAck277 ack = ack277.build(payer == null ? receiverId : payer.name,
                payer == null ? receiverId : payer.payerId, isa.controlNumber(), answered);
        Envelope envelope = new Envelope("ZZ", receiverId, orZz(isa.senderQualifier()), isa.senderId().strip(),
                receiverId, isa.senderId().strip(), LocalDateTime.now().withSecond(0).withNano(0),
                "T".equals(isa.usage()) ? "T" : "P", false);
        byte[] bytes = X12Toolkit.writeTyped(List.of(ack), envelope, numbers.forFile(), Delimiters.DEFAULT);
        String ackFileId = answers.send(bytes).fileId;
        answered.forEach(a -> a.received().ackFileId = ackFileId);
        LOG.infof("answered %d claims of EDI file %s (ISA13 %s) with 277CA %s: %d accepted, %d rejected",
                claims.size(), fileId, isa.controlNumber(), ackFileId, accepted, claims.size() - accepted);
    }

    private ReceivedClaim record(String fileId, Interchange isa, SubmittedClaim c, ClaimDecision d) {
        ReceivedClaim r = new ReceivedClaim();
        r.payerId = d.payer() == null ? null : d.payer().payerId;
        r.patientControlNumber = c.patientControlNumber();
        r.claimType = c.claimType();
        r.fileId = fileId;
        r.interchangeControlNumber = isa.controlNumber();
        r.submitterIsaId = isa.senderId().strip();
        r.memberId = c.memberId();
        if (c.patientName() != null) {
            r.patientLastName = c.patientName().lastOrOrganization();
            r.patientFirstName = c.patientName().first();
        }
        r.billingNpi = c.billingNpi().orElse(null);
        r.billingName = c.billingName() == null ? null : c.billingName().lastOrOrganization();
        r.facilityCode = c.claim().facilityCode();
        r.frequencyCode = c.claim().frequencyCode();
        r.totalCharge = c.totalCharge();
        LocalDate[] period = c.servicePeriod();
        r.serviceFrom = period[0];
        r.serviceTo = period[1];
        r.status = d.accepted() ? ReceivedClaim.ACCEPTED : ReceivedClaim.REJECTED;
        r.statusCategory = d.category();
        r.statusCode = d.code();
        r.statusEntity = d.entity();
        r.reason = d.reason();
        r.receivedAt = Instant.now();
        r.remittanceStatus = ReceivedClaim.NONE;
        r.groupControlNumber = c.groupControlNumber();
        r.transactionControlNumber = c.transactionControlNumber();
        if (d.duplicateOf() != null) {
            r.duplicateOf = d.duplicateOf().id;
            r.payerClaimControlNumber = d.duplicateOf().payerClaimControlNumber;
        } else if (d.accepted()) {
            r.payerClaimControlNumber = numbers.nextPayerClaimControlNumber();
        }
        r.persist();
        List<ReceivedClaimLine> lines = lines(r, c);
        if (d.accepted() && d.duplicateOf() == null) {
            if (d.payer().acknowledgeOnly) {
                r.remittanceStatus = ReceivedClaim.ACK_ONLY; // remittances come from an uploaded 835 instead
            } else if (sitting.sitsOn(r.memberId, r.patientControlNumber)) {
                r.remittanceStatus = ReceivedClaim.PENDED; // accepted, then sat on: no 835 until asked (276)
            } else {
                BenefitAdjudicator.AccumulatorCredit credit = adjudicator.adjudicate(r, lines, d.payer(), d.member());
                if (PriorPayerAdjudication.afterAnotherPayer(c)) {
                    priorPayer.apply(r, lines, c);
                    // the member pays only what is left after the payer before: that is what counts toward the
                    // out-of-pocket maximum; the deductible this plan applied counts as met (the expense was incurred)
                    credit = credit.withOutOfPocket(r.patientResponsibility);
                }
                credit.post();
                r.remittanceStatus = ReceivedClaim.QUEUED;
            }
        }
        return r;
    }

    private static List<ReceivedClaimLine> lines(ReceivedClaim r, SubmittedClaim c) {
        List<ReceivedClaimLine> out = new ArrayList<>();
        for (Line l : c.claim().lines()) {
            ReceivedClaimLine line = new ReceivedClaimLine();
            line.claimId = r.id;
            line.lineNumber = l.number();
            line.lineItemControlNumber = SubmittedClaim.lineItemControlNumber(l).orElse(null);
            Procedure p = SubmittedClaim.procedure(l);
            if (p != null) {
                line.procedureQualifier = p.qualifier();
                line.procedureCode = p.code();
                line.modifiers = p.modifiers().isEmpty() ? null : String.join(":", p.modifiers());
            }
            line.revenueCode = l.institutional() == null ? null : l.institutional().revenueCode();
            line.charge = l.charge() == null ? BenefitAdjudicator.ZERO : l.charge().setScale(2);
            line.units = SubmittedClaim.units(l);
            c.lineServicePeriod(l).ifPresent(period -> {
                line.serviceDate = period[0];
                line.serviceEnd = period[1].equals(period[0]) ? null : period[1];
            });
            line.persist();
            out.add(line);
        }
        return out;
    }

    private static String orZz(String qualifier) {
        return qualifier == null || qualifier.isBlank() ? "ZZ" : qualifier;
    }
}
