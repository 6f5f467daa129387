package io.revcycle.remittance.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.denials.DenialClassifier;
import io.revcycle.messaging.tracing.EventTracing;
import io.revcycle.remittance.domain.ClaimMatch;
import io.revcycle.remittance.domain.ClaimPayment;
import io.revcycle.remittance.domain.ClaimPayment.Disposition;
import io.revcycle.remittance.domain.PatientControlNumberLock;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.RemittanceAdjustment;
import io.revcycle.remittance.domain.RemittanceClaimAdjustment;
import io.revcycle.remittance.domain.RemittanceLine;
import io.revcycle.remittance.domain.SubmittedClaim;
import io.revcycle.remittance.domain.SubmittedClaimLine;
import io.revcycle.remittance.messaging.AdjudicationPublisher;
import io.revcycle.messaging.PermanentEventException;

/**
 * Joins claims and 835 claim payments, which arrive on different topics in either order, and posts each claim payment
 * once (a claim may have several: further partial payments, reversals, corrections).
 * The join key is the patient control number (CLM01 = CLP01): both sides take its advisory lock first, then the
 * claim's claim_match row, so whichever side commits second sees the first. Runs inside the caller's transaction
 * (consumer or EDI intake), so the posting and its events commit together with what triggered them.
 */
@ApplicationScoped
public class RemittancePostingService {

    private static final Logger LOG = Logger.getLogger(RemittancePostingService.class);

    private final AdjudicationPublisher publisher;
    private final EntityManager em;
    private final EventTracing tracing;
    private final Clock clock;
    private final ContractualAdjustments contractual;

    public RemittancePostingService(AdjudicationPublisher publisher, EntityManager em, EventTracing tracing,
            Clock clock, DenialClassifier rules) {
        this.publisher = publisher;
        this.em = em;
        this.tracing = tracing;
        this.clock = clock;
        this.contractual = new ContractualAdjustments(rules); // the rules in force here, as denials are classified
    }

    /** The service's clock (common-clock): receipt times, from which appeal deadlines are counted. */
    public Instant now() {
        return clock.instant();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordClaim(RecordClaimCommand command) {
        requireText(command.claimId(), "claim has no claimId");
        requireText(command.patientId(), "claim " + command.claimId() + " has no patientId");
        String pcn = blankToNull(command.patientControlNumber());
        if (pcn != null) {
            PatientControlNumberLock.lock(em, pcn);
        }
        // a next payer's claim (coordination of benefits) is a submission of its own, posted apart from the primary's
        String submissionId = SubmittedClaim.submissionId(command.claimId(), command.payerResponsibility());
        ClaimMatch match = ClaimMatch.lockOrCreate(submissionId);
        if (match.claimReceived()) {
            LOG.infof("claim %s is already known; keeping the first copy", submissionId);
            return;
        }
        Instant now = clock.instant();
        SubmittedClaim claim = new SubmittedClaim();
        claim.claimId = submissionId;
        claim.claimOfRecord = submissionId.equals(command.claimId()) ? null : command.claimId();
        claim.encounterId = command.encounterId();
        claim.patientId = command.patientId();
        claim.payerId = command.payerId();
        claim.patientControlNumber = pcn;
        claim.totalCharge = command.totalCharge();
        claim.dateOfService = command.dateOfService();
        claim.renderingProviderNpi = blankToNull(command.renderingProviderNpi());
        claim.payerResponsibility = command.payerResponsibility();
        claim.nextPayerPending = command.nextPayerPending();
        claim.receivedAt = now;
        claim.traceparent = tracing.currentTraceparent();
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
        if (pcn == null) {
            // submitted before 837s carried a patient control number: no 835 can name it
            return;
        }
        Set<String> posted = new HashSet<>();
        for (ClaimPayment waiting : ClaimPayment.unmatched(pcn)) {
            settle(waiting, ClaimPaymentCodec.decode(waiting.content), claim, match, now, posted);
        }
    }

    /**
     * Settles the claim payments of an accepted 835 (already persisted by the caller), in file order: each is posted
     * when its claim is known (a first payment, a further one, a reversal or a correction alike), a duplicate when
     * the same 835 payment said exactly this before, unmatched while the claim is unknown. The file's patient control
     * numbers are locked, and their claims, claim_match rows and earlier fingerprints read, in one statement each for
     * the whole file rather than per claim payment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Disposition, Integer> receiveClaimPayments(Map<ClaimPayment, ReceivedClaimPayment> payments) {
        SortedSet<String> pcns = new TreeSet<>();
        payments.values().stream().map(ReceivedClaimPayment::patientControlNumber).filter(Objects::nonNull)
                .forEach(pcns::add);
        PatientControlNumberLock.lockAll(em, pcns);
        Map<String, SubmittedClaim> claims = SubmittedClaim.byPatientControlNumbers(pcns);
        List<String> claimIds = claims.values().stream().map(c -> c.claimId).sorted().toList();
        Map<String, ClaimMatch> matches = ClaimMatch.lockAll(claimIds);
        // fingerprints already posted per claim id, or waiting unmatched per patient control number ("#" + number)
        Map<String, Set<String>> settled = new HashMap<>();
        Set<Long> own = new HashSet<>();
        payments.keySet().forEach(p -> own.add(p.id));
        for (Object[] row : ClaimPayment.settledFingerprints(claimIds, pcns)) {
            // this file's rows are stored already (as unmatched until settled here): only earlier payments count
            if (!own.contains((Long) row[0])) {
                String key = row[1] != null ? (String) row[1] : "#" + row[2];
                settled.computeIfAbsent(key, k -> new HashSet<>()).add((String) row[3]);
            }
        }
        Map<Disposition, Integer> counts = new EnumMap<>(Disposition.class);
        Instant now = clock.instant();
        payments.forEach((payment, content) -> {
            SubmittedClaim claim = content.patientControlNumber() == null ? null
                    : claims.get(content.patientControlNumber());
            if (claim == null) {
                Set<String> waiting = settled.computeIfAbsent("#" + content.patientControlNumber(),
                        k -> new HashSet<>());
                payment.disposition = payment.fingerprint != null && !waiting.add(payment.fingerprint)
                        ? Disposition.DUPLICATE : Disposition.UNMATCHED;
            } else {
                settle(payment, content, claim, matches.get(claim.claimId), now,
                        settled.computeIfAbsent(claim.claimId, k -> new HashSet<>()));
            }
            counts.merge(payment.disposition, 1, Integer::sum);
        });
        return counts;
    }

    /**
     * Posts one claim payment to its claim, unless the same 835 payment posted exactly this to it before
     * ({@code postedFingerprints}, updated here): then it is a duplicate and changes nothing.
     */
    public void settle(ClaimPayment payment, ReceivedClaimPayment content, SubmittedClaim claim, ClaimMatch match,
            Instant now, Set<String> postedFingerprints) {
        if (payment.fingerprint != null && !postedFingerprints.add(payment.fingerprint)) {
            recordDuplicate(payment, claim, now);
            return;
        }
        payment.claimId = claim.claimId;
        payment.matchedAt = now;
        int sequence = match.postingCount + 1;
        List<Remittance> earlier = sequence == 1 ? List.of() : Remittance.ofClaim(claim.claimId);
        PostRemittanceCommand command = ClaimLineMatcher.toCommand(content, claim, eventId(payment));
        Adjudication adjudication = RemittanceCalculator.adjudicate(command, contractual.of(command.payerId()),
                claim.afterAnotherPayer());
        Remittance remittance = toRemittance(command, adjudication, now);
        remittance.sequence = sequence;
        remittance.reversal = content.reversal();
        remittance.interest = content.interest();
        remittance.adjustedAmount = adjudication.adjustedAmount();
        if (remittance.reversal) {
            remittance.reversesRemittanceId = reversed(earlier, remittance).map(r -> r.id).orElse(null);
        }
        remittance.claimPaymentId = payment.id;
        // BPR16 is required (005010X221A1): a file without it is rejected whole before anything is posted
        remittance.paymentDate = payment.transaction.paymentDate;
        remittance.postedAt = now;
        remittance.persist();
        if (match.remittanceReceivedAt == null) {
            match.remittanceReceivedAt = now;
            match.postedAt = now;
        }
        match.postingCount = sequence;
        payment.disposition = Disposition.POSTED;
        List<Remittance> all = new ArrayList<>(earlier);
        all.add(remittance);
        publisher.publishAdjudication(claim, ClaimTotals.of(all), remittance, payment.transaction.traceNumber);
        // DEBUG: the file's summary ("took 835 file ...") counts the postings; GET /remittances lists each
        LOG.debugf("posted claim %s (posting %d) from EDI file %s: %s, paid %s", claim.claimId, sequence,
                payment.transaction.file.fileId, remittance.outcome, remittance.paidAmount);
    }

    /** Records a claim payment as a repeat of one already posted to the claim: nothing is posted or announced. */
    public void recordDuplicate(ClaimPayment payment, SubmittedClaim claim, Instant now) {
        payment.claimId = claim.claimId;
        payment.matchedAt = now;
        payment.disposition = Disposition.DUPLICATE;
        LOG.warnf("claim %s: claim payment %d of EDI file %s repeats one already posted (same payer, trace "
                + "number and content); recorded as a duplicate", claim.claimId, payment.id,
                payment.transaction.file.fileId);
    }

    /**
     * The posting a reversal takes back: the newest payment still standing whose paid amount it negates, one with the
     * same payer claim control number (CLP07) first.
     */
    private static Optional<Remittance> reversed(List<Remittance> earlier, Remittance reversal) {
        Set<Long> alreadyReversed = new HashSet<>();
        earlier.stream().filter(r -> r.reversesRemittanceId != null).forEach(r -> alreadyReversed.add(r.reversesRemittanceId));
        List<Remittance> candidates = new ArrayList<>(earlier.stream().filter(r -> !r.reversal
                && !alreadyReversed.contains(r.id) && r.paidAmount.negate().compareTo(reversal.paidAmount) == 0)
                .toList());
        java.util.Collections.reverse(candidates);
        return candidates.stream().filter(r -> r.payerClaimControlNumber.equals(reversal.payerClaimControlNumber))
                .findFirst().or(() -> candidates.stream().findFirst());
    }

    /** Stable per claim payment: its file, transaction set and position. */
    static UUID eventId(ClaimPayment payment) {
        String key = "835/" + payment.transaction.file.fileId + "/" + payment.transaction.seq + "/" + payment.seq;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    private static Remittance toRemittance(PostRemittanceCommand c, Adjudication a, Instant now) {
        Remittance r = new Remittance();
        r.claimId = c.claimId();
        r.eventId = c.eventId();
        r.encounterId = c.encounterId();
        r.payerId = c.payerId();
        r.patientControlNumber = c.patientControlNumber();
        r.payerClaimControlNumber = c.payerClaimControlNumber();
        r.claimStatusCode = c.claimStatusCode();
        r.outcome = a.outcome();
        r.totalCharge = c.totalCharge();
        r.allowedAmount = a.allowedAmount();
        r.paidAmount = a.paidAmount();
        r.patientResponsibility = a.patientResponsibility();
        r.contractualAdjustment = a.contractualAdjustment();
        r.deniedAmount = a.deniedAmount();
        r.deductible = a.deductible();
        r.coinsurance = a.coinsurance();
        r.copay = a.copay();
        r.receivedAt = now;
        r.claimRemarkCodes.addAll(c.claimRemarkCodes());
        for (PostRemittanceCommand.Adjustment adj : c.claimAdjustments()) {
            RemittanceClaimAdjustment adjustment = new RemittanceClaimAdjustment();
            adjustment.groupCode = adj.groupCode();
            adjustment.reasonCode = adj.reasonCode();
            adjustment.amount = adj.amount();
            r.addClaimAdjustment(adjustment);
        }
        for (PostRemittanceCommand.Line l : c.lines()) {
            RemittanceLine line = new RemittanceLine();
            line.lineNumber = l.lineNumber();
            line.procedureCode = l.procedureCode();
            line.lineItemControlNumber = l.lineItemControlNumber();
            line.unitsPaid = l.unitsPaid();
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void requireText(String value, String problem) {
        if (value == null || value.isBlank()) {
            throw new PermanentEventException(problem);
        }
    }
}
