package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.context.Scope;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimPayerLeg;
import io.revcycle.claims.domain.PayerEntry;
import io.revcycle.claims.messaging.ClaimEventMapper;
import io.revcycle.edi.EdiFile;
import io.revcycle.edi.outbound.EdiOutbound;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.messaging.tracing.EventTracing;
import io.revcycle.rest.ProblemException;
import io.revcycle.x12.X12Toolkit;

/**
 * Coordination of benefits on the claims side: keeps the payers that follow the claim's own in the patient's order of
 * benefits and, once the claim's own payer's 835 is posted, sends the claim to the next one with that payer's
 * adjudication and the balance it left (the patient responsibility it assigned). Nothing goes to the next payer when
 * nothing is left. The 837 is validated (SNIP 1-4) before it leaves; one that fails stays NOT_SENT with the reason.
 * A leg the next payer rejected is in the correction queue as that leg: corrected (member id, subscriber name) and
 * re-sent here with the adjudication it first carried.
 */
@ApplicationScoped
public class NextPayerClaimService {

    private static final Logger LOG = Logger.getLogger(NextPayerClaimService.class);

    private final EntityManager em;
    private final ClaimDirectory directory;
    private final NextPayer837Builder builder;
    private final PatientControlNumbers patientControlNumbers;
    private final EdiOutbound edi;
    private final ClaimStateMachine states;
    private final EventOutbox outbox;
    private final ClaimEventMapper mapper;
    private final EventTracing tracing;
    private final ClaimRejections rejections;
    private final ObjectMapper json;

    public NextPayerClaimService(EntityManager em, ClaimDirectory directory, NextPayer837Builder builder,
            PatientControlNumbers patientControlNumbers, EdiOutbound edi, ClaimStateMachine states,
            EventOutbox outbox, ClaimEventMapper mapper, EventTracing tracing, ClaimRejections rejections,
            ObjectMapper json) {
        this.rejections = rejections;
        this.json = json;
        this.em = em;
        this.directory = directory;
        this.builder = builder;
        this.patientControlNumbers = patientControlNumbers;
        this.edi = edi;
        this.states = states;
        this.outbox = outbox;
        this.mapper = mapper;
        this.tracing = tracing;
    }

    /**
     * The order of benefits as the latest EligibilityVerified gave it; kept as it is once a next payer's claim has
     * left (a re-verification does not move a claim already at that payer).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOrder(String claimId, List<RecordEligibilityCommand.NextPayer> nextPayers) {
        List<ClaimPayerLeg> existing = ClaimPayerLeg.of(claimId);
        if (existing.stream().anyMatch(l -> l.status != ClaimPayerLeg.Status.WAITING)) {
            LOG.infof("claim %s: a next payer's claim has left; order of benefits kept", claimId);
            return;
        }
        if (!existing.isEmpty()) {
            existing.forEach(ClaimPayerLeg::delete);
            em.flush(); // the same keys may be inserted again below
        }
        for (RecordEligibilityCommand.NextPayer p : nextPayers) {
            ClaimPayerLeg leg = new ClaimPayerLeg();
            leg.claimId = claimId;
            leg.position = p.position();
            leg.payerResponsibility = p.payerResponsibility();
            leg.payerId = p.payerId();
            leg.coverageId = p.coverageId();
            leg.planName = p.planName();
            leg.groupId = p.groupId();
            leg.insuranceType = p.insuranceType();
            leg.relationshipCode = p.relationshipCode();
            leg.memberId = p.memberId();
            leg.subscriberFirstName = p.subscriberFirstName();
            leg.subscriberLastName = p.subscriberLastName();
            leg.persist();
        }
    }

    /**
     * The claim's own payer adjudicated it: its first posting (not a reversal) with what the 835 said sends the claim
     * to the next waiting payer. Later postings of the same payer leave a claim already sent alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ClaimPayerLeg> afterPrimary(Claim claim, RecordAdjudicationCommand command) {
        if (command.reversal() || command.posting() == null) {
            return Optional.empty();
        }
        Optional<ClaimPayerLeg> waiting = ClaimPayerLeg.of(claim.claimId).stream()
                .filter(l -> l.status == ClaimPayerLeg.Status.WAITING).findFirst();
        waiting.ifPresent(leg -> send(claim, leg, command));
        return waiting;
    }

    /**
     * A next payer's 835 was posted: recorded on its leg; the claim keeps its own payer's figures. Its first posting
     * (not a reversal) sends the claim on to the payer after it (a tertiary), as the primary's sent it to this one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordNextPayer(Claim claim, RecordAdjudicationCommand command) {
        ClaimPayerLeg leg = ClaimPayerLeg.byResponsibility(claim.claimId, command.payerResponsibility())
                .orElseThrow(() -> new IllegalStateException("claim " + claim.claimId + " has no "
                        + command.payerResponsibility() + " payer leg to adjudicate"));
        leg.status = ClaimPayerLeg.Status.ADJUDICATED;
        leg.paidAmount = command.paidAmount();
        leg.patientResponsibility = command.patientResponsibility();
        leg.adjudicatedAt = command.adjudicatedAt();
        states.note(claim, "adjudicated by " + leg.payerId + " (" + leg.payerResponsibility + "): paid "
                + command.paidAmount() + ", patient responsibility " + command.patientResponsibility(), null, null);
        if (command.reversal() || command.posting() == null) {
            return;
        }
        ClaimPayerLeg.of(claim.claimId).stream()
                .filter(l -> l.position > leg.position && l.status == ClaimPayerLeg.Status.WAITING).findFirst()
                .ifPresent(after -> send(claim, after, command, leg.payerId));
    }

    private void send(Claim claim, ClaimPayerLeg leg, RecordAdjudicationCommand command) {
        send(claim, leg, command, claim.payerId);
    }

    /** Sends {@code leg}'s claim after {@code payerBefore}'s 835 ({@code command}), unless it left nothing. */
    private void send(Claim claim, ClaimPayerLeg leg, RecordAdjudicationCommand command, String payerBefore) {
        BigDecimal remaining = command.patientResponsibility();
        if (remaining == null || remaining.signum() <= 0) {
            end(claim, leg, ClaimPayerLeg.Status.NOT_NEEDED, payerBefore + " left nothing to the patient");
            return;
        }
        leg.remainingBalance = remaining;
        leg.priorAdjudication = toJson(command.posting());
        transmit(claim, leg, "with the adjudication of " + payerBefore);
    }

    /**
     * The payers before {@code leg}, the claim's own first: each leg keeps the adjudication of the payer just before
     * it and what that payer left, so the primary's figures are on the first leg, the secondary's on the second.
     */
    private List<NextPayer837Builder.PayerBefore> payersBefore(Claim claim, ClaimPayerLeg leg) {
        List<ClaimPayerLeg> legs = ClaimPayerLeg.of(claim.claimId).stream().filter(l -> l.position <= leg.position)
                .toList();
        List<NextPayer837Builder.PayerBefore> before = new java.util.ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            ClaimPayerLeg after = legs.get(i);
            if (after.priorAdjudication == null) {
                return null;
            }
            PayerAdjudication adjudication = fromJson(after.priorAdjudication);
            if (i == 0) {
                PayerEntry own = directory.payer(claim.payerId).orElse(null);
                before.add(own == null ? null : new NextPayer837Builder.PayerBefore("P", own, "18", claim.memberId,
                        null, null, adjudication, after.remainingBalance));
            } else {
                ClaimPayerLeg payer = legs.get(i - 1);
                PayerEntry entry = directory.payer(payer.payerId).orElse(null);
                before.add(entry == null ? null : new NextPayer837Builder.PayerBefore(payer.payerResponsibility, entry,
                        payer.relationshipCode, payer.memberId, payer.subscriberFirstName, payer.subscriberLastName,
                        adjudication, after.remainingBalance));
            }
        }
        return before;
    }

    /**
     * A next payer's claim that payer rejected (999, 277CA) or that could not be sent, corrected: sent again with the
     * adjudication it carried the first time, its own CLM01 kept (the payer never took it in); its open correction
     * items are resolved. 409 for a leg in any other state.
     */
    @Transactional
    public ClaimPayerLeg resend(String claimId, String payerResponsibility) {
        ClaimPayerLeg leg = leg(claimId, payerResponsibility);
        if (leg.status != ClaimPayerLeg.Status.REJECTED && leg.status != ClaimPayerLeg.Status.NOT_SENT) {
            throw ProblemException.conflict("the " + payerResponsibility + " payer's claim of " + claimId + " is "
                    + leg.status + "; only a REJECTED or NOT_SENT one can be re-sent");
        }
        if (leg.priorAdjudication == null) {
            throw ProblemException.conflict("the " + payerResponsibility + " payer's claim of " + claimId
                    + " has no adjudication of the payer before it to send");
        }
        Claim claim = Claim.findById(claimId);
        rejections.resolveOpen(claim, payerResponsibility);
        transmit(claim, leg, "re-sent after correction");
        return leg;
    }

    /**
     * Corrects what a next payer's rejection is usually about: the member id at that payer and its subscriber's name
     * (400 for anything else: the claim's own data is corrected on the claim). Only a REJECTED or NOT_SENT leg.
     */
    @Transactional
    public ClaimPayerLeg correct(String claimId, String payerResponsibility, ClaimCorrection correction) {
        ClaimPayerLeg leg = leg(claimId, payerResponsibility);
        if (leg.status != ClaimPayerLeg.Status.REJECTED && leg.status != ClaimPayerLeg.Status.NOT_SENT) {
            throw ProblemException.conflict("the " + payerResponsibility + " payer's claim of " + claimId + " is "
                    + leg.status + "; only a REJECTED or NOT_SENT one can be corrected");
        }
        if (correction == null || correction.diagnosisCodes() != null || (correction.subscriber() != null
                && !correction.subscriber().namesOnly())) {
            throw ProblemException.badRequest("a next payer's claim takes a memberId and the subscriber's firstName "
                    + "and lastName; correct the claim itself for anything else");
        }
        List<String> problems = ClaimCorrectionValidator.problems(correction, Claim.findById(claimId));
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest(String.join("; ", problems));
        }
        List<String> changed = new java.util.ArrayList<>();
        if (correction.memberId() != null) {
            leg.memberId = correction.memberId();
            changed.add("member id");
        }
        if (correction.subscriber() != null) {
            leg.subscriberFirstName = pick(correction.subscriber().firstName(), leg.subscriberFirstName);
            leg.subscriberLastName = pick(correction.subscriber().lastName(), leg.subscriberLastName);
            changed.add("subscriber name");
        }
        states.note(Claim.findById(claimId), "the " + leg.payerId + " (" + payerResponsibility + ") claim corrected: "
                + String.join(", ", changed), null, null);
        return leg;
    }

    private static ClaimPayerLeg leg(String claimId, String payerResponsibility) {
        if (Claim.findById(claimId) == null) {
            throw ProblemException.notFound("claim", claimId);
        }
        return ClaimPayerLeg.byResponsibility(claimId, payerResponsibility).orElseThrow(() -> ProblemException
                .notFound("payer leg " + payerResponsibility + " of claim", claimId));
    }

    private static String pick(String given, String current) {
        return given != null ? given : current;
    }

    private String toJson(PayerAdjudication adjudication) {
        try {
            return json.writeValueAsString(adjudication);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the adjudication could not be kept as JSON", e);
        }
    }

    private PayerAdjudication fromJson(String value) {
        try {
            return json.readValue(value, PayerAdjudication.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the kept adjudication could not be read", e);
        }
    }

    /** Builds, validates and sends the leg's 837 with the adjudications of the payers before it. */
    private void transmit(Claim claim, ClaimPayerLeg leg, String why) {
        BigDecimal remaining = leg.remainingBalance;
        PayerEntry next = directory.payer(leg.payerId).orElse(null);
        List<NextPayer837Builder.PayerBefore> before = payersBefore(claim, leg);
        if (next == null || before == null || before.contains(null)) {
            end(claim, leg, ClaimPayerLeg.Status.NOT_SENT, next == null ? "payer " + leg.payerId
                    + " is not in the payer directory" : "a payer before " + leg.payerId + " is not in the payer "
                    + "directory, or its adjudication is not known");
            return;
        }
        if (leg.patientControlNumber == null) {
            leg.patientControlNumber = patientControlNumbers.next();
        }
        long n = ((Number) em.createNativeQuery("select nextval('isa_control_number_seq')").getSingleResult())
                .longValue();
        byte[] x12;
        try {
            x12 = builder.write(claim, leg, next, before, new BatchControlNumbers(n), LocalDateTime.now());
        } catch (RuntimeException e) {
            end(claim, leg, ClaimPayerLeg.Status.NOT_SENT, "the 837 for " + leg.payerId + " could not be written ("
                    + e.getClass().getSimpleName() + ")");
            return;
        }
        ScrubResult validation = ClaimScrubber.ofFindings(X12Toolkit.validate(x12));
        if (!validation.clean()) {
            end(claim, leg, ClaimPayerLeg.Status.NOT_SENT, "the 837 for " + leg.payerId
                    + " failed validation and was not sent: " + validation.reason());
            return;
        }
        EdiFile file;
        try (Scope ignored = tracing.resume(claim.traceparent)) {
            file = edi.send(Topics.EDI_TO_PAYER, x12);
            leg.isa13 = BatchControlNumbers.isa13(n);
            leg.fileId = file.fileId;
            leg.sentAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            leg.status = ClaimPayerLeg.Status.SENT;
            leg.statusReason = null;
            outbox.publish(Topics.CLAIM_SUBMITTED, claim.claimId, mapper.toClaimSubmitted(claim, leg));
        }
        states.note(claim, "sent to " + leg.payerId + " as " + leg.payerResponsibility + " payer (claim "
                + leg.patientControlNumber + ") " + why + "; balance " + remaining,
                file.fileId, leg.isa13);
        LOG.infof("claim %s sent to next payer %s (ISA13 %s), balance %s", claim.claimId, leg.payerId, leg.isa13,
                remaining);
    }

    private void end(Claim claim, ClaimPayerLeg leg, ClaimPayerLeg.Status status, String reason) {
        leg.status = status;
        leg.statusReason = reason;
        states.note(claim, "next payer " + leg.payerId + ": " + status + " (" + reason + ")", null, null);
        if (status == ClaimPayerLeg.Status.NOT_SENT) {
            LOG.warnf("claim %s: not sent to next payer %s: %s", claim.claimId, leg.payerId, reason);
        }
    }
}
