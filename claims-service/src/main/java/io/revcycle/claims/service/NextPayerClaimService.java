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
import io.revcycle.x12.X12Toolkit;

/**
 * Coordination of benefits on the claims side: keeps the payers that follow the claim's own in the patient's order of
 * benefits and, once the claim's own payer's 835 is posted, sends the claim to the next one with that payer's
 * adjudication and the balance it left (the patient responsibility it assigned). Nothing goes to the next payer when
 * nothing is left. The 837 is validated (SNIP 1-4) before it leaves; one that fails stays NOT_SENT with the reason.
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

    public NextPayerClaimService(EntityManager em, ClaimDirectory directory, NextPayer837Builder builder,
            PatientControlNumbers patientControlNumbers, EdiOutbound edi, ClaimStateMachine states,
            EventOutbox outbox, ClaimEventMapper mapper, EventTracing tracing) {
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

    /** A next payer's 835 was posted: recorded on its leg; the claim keeps its own payer's figures. */
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
    }

    private void send(Claim claim, ClaimPayerLeg leg, RecordAdjudicationCommand command) {
        BigDecimal remaining = command.patientResponsibility();
        if (remaining == null || remaining.signum() <= 0) {
            end(claim, leg, ClaimPayerLeg.Status.NOT_NEEDED, claim.payerId + " left nothing to the patient");
            return;
        }
        PayerEntry next = directory.payer(leg.payerId).orElse(null);
        PayerEntry before = directory.payer(claim.payerId).orElse(null);
        if (next == null || before == null) {
            end(claim, leg, ClaimPayerLeg.Status.NOT_SENT, "payer " + (next == null ? leg.payerId : claim.payerId)
                    + " is not in the payer directory");
            return;
        }
        leg.patientControlNumber = patientControlNumbers.next();
        leg.remainingBalance = remaining;
        long n = ((Number) em.createNativeQuery("select nextval('isa_control_number_seq')").getSingleResult())
                .longValue();
        byte[] x12;
        try {
            x12 = builder.write(claim, leg, next, before, command.posting(), remaining, new BatchControlNumbers(n),
                    LocalDateTime.now());
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
            outbox.publish(Topics.CLAIM_SUBMITTED, claim.claimId, mapper.toClaimSubmitted(claim, leg));
        }
        states.note(claim, "sent to " + leg.payerId + " as " + leg.payerResponsibility + " payer (claim "
                + leg.patientControlNumber + ") with " + claim.payerId + "'s adjudication; balance " + remaining,
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
