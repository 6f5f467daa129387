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
import io.revcycle.x12.X12Document;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.X12Writer;
import io.revcycle.x12.ack.Ack999;
import io.revcycle.x12.ack.Ack999.TransactionAckCode;
import io.revcycle.x12.ack.Ack999.TransactionResponse;
import io.revcycle.x12.ack.AckGenerator;
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

    public ClaimIntake(ControlNumberSequence numbers, AnswerFiles answers, ClaimReview review,
            BenefitAdjudicator adjudicator, ClaimAck277Builder ack277, ClaimSitting sitting,
            PriorPayerAdjudication priorPayer) {
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
        List<Interchange> answerable = new ArrayList<>();
        for (Interchange isa : file.document().interchanges()) {
            if (refused(isa, file)) {
                LOG.warnf("EDI file %s: interchange %s refused whole (its envelope is in error): no 999, no claim",
                        file.fileId(), isa.controlNumber());
            } else {
                answerable.add(isa);
            }
        }
        X12Document doc = new X12Document(answerable, file.document().findings(), file.document().delimiters());
        List<Ack999> acks = AckGenerator.acknowledgments(doc, file.findings());
        List<Interchange> ackFiles = AckGenerator.interchanges(doc, file.findings(), numbers.forFile(),
                LocalDateTime.now().withSecond(0).withNano(0));
        if (!ackFiles.isEmpty()) {
            answers.send(X12Writer.write(ackFiles, Delimiters.DEFAULT));
        }
        int group = 0;
        for (Interchange isa : answerable) {
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

    /**
     * An interchange whose ISA/IEA or GS/GE has an error its 999s would not reject (a bad ISA13 or ISA09, IEA counts
     * or control number, a GS04 that is no date): a TA1 would answer it, which the simulator does not send, and a
     * 999 accepting its groups would be false. It is refused whole: the gateway's record (REJECTED, with the
     * findings) is the answer. Envelope errors a 999 does name (GE01, GE02, a missing GE) still get their AK9 R.
     */
    private static boolean refused(Interchange isa, ReceivedEdiFile file) {
        // an error in an ISA element is read before its ISA13, so it names no interchange: it counts for each
        boolean envelopeErrors = file.findings().stream().anyMatch(f -> f.isError() && f.location() != null
                && (f.location().interchangeControlNumber() == null
                        || java.util.Objects.equals(isa.controlNumber(), f.location().interchangeControlNumber()))
                && f.location().transactionControlNumber() == null);
        if (!envelopeErrors) {
            return false;
        }
        X12Document alone = new X12Document(List.of(isa), List.of(), file.document().delimiters());
        return AckGenerator.acknowledgments(alone, file.findings()).stream()
                .anyMatch(a -> a.response() == null || a.response().code() != Ack999.GroupAckCode.R);
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
