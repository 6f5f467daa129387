package io.revcycle.remittance.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.denials.DenialClassification;
import io.revcycle.denials.DenialClassifier;
import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.ClaimLine;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.DeniedLine;
import io.revcycle.events.PatientShare;
import io.revcycle.events.PostedAdjustment;
import io.revcycle.events.PostedLine;
import io.revcycle.events.RemittancePosting;
import io.revcycle.remittance.domain.CasAdjustment;
import io.revcycle.remittance.domain.Outcome;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.RemittanceAdjustment;
import io.revcycle.remittance.domain.RemittanceLine;
import io.revcycle.remittance.domain.SubmittedClaim;
import io.revcycle.remittance.service.ClaimTotals;
import io.revcycle.remittance.service.DenialLines;
import io.revcycle.remittance.service.RecordClaimCommand;

/** Translates between the Avro events and this service's commands and entities (which never are Avro records). */
@ApplicationScoped
public class RemittanceEventMapper {

    private final DenialClassifier classifier;

    public RemittanceEventMapper(DenialClassifier classifier) {
        this.classifier = classifier;
    }

    public RecordClaimCommand toCommand(ClaimSubmitted e) {
        List<RecordClaimCommand.Line> lines = new ArrayList<>(e.getLines().size());
        for (ClaimLine l : e.getLines()) {
            lines.add(new RecordClaimCommand.Line(l.getLineNumber(), l.getProcedureCode(), l.getUnits(), l.getCharge()));
        }
        return new RecordClaimCommand(e.getClaimId(), e.getEncounterId(), e.getPatientId(), e.getPayerId(),
                e.getPatientControlNumber(), e.getTotalCharge(), lines, e.getDateOfService(),
                e.getRenderingProviderNpi(), e.getPayerResponsibility(), e.getNextPayerPending());
    }

    /**
     * The claim's totals after this posting (what a consumer replaces its view with) and, in {@code posting}, what
     * this one 835 claim payment said. The patient shares are the claim's net shares over all its postings.
     */
    public ClaimAdjudicated toClaimAdjudicated(SubmittedClaim claim, ClaimTotals totals, Remittance r,
            String traceNumber) {
        List<PatientShare> shares = new ArrayList<>();
        // claim-level PR adjustments (loop 2100 CAS) belong to no line: line 0, no procedure
        for (ClaimTotals.PatientShare s : totals.patientShares()) {
            shares.add(PatientShare.newBuilder().setLineNumber(s.lineNumber()).setProcedureCode(s.procedureCode())
                    .setReasonCode(s.reasonCode()).setAmount(s.amount()).build());
        }
        return ClaimAdjudicated.newBuilder()
                .setEventId(eventId("ClaimAdjudicated", claim.claimId, r.sequence))
                .setOccurredAt(millis(r.postedAt))
                .setClaimId(claim.claimOfRecord())
                .setEncounterId(claim.encounterId)
                .setPatientId(claim.patientId)
                .setPayerId(claim.payerId)
                .setOutcome(totals.reversed() ? ClaimTotals.REVERSED : totals.outcome().name())
                .setTotalCharge(claim.totalCharge)
                .setAllowedAmount(totals.allowedAmount())
                .setPaidAmount(totals.paidAmount())
                .setPatientResponsibility(totals.patientResponsibility())
                .setContractualAdjustment(totals.contractualAdjustment())
                .setDeniedAmount(totals.deniedAmount())
                .setPatientResponsibilityLines(shares)
                .setPostingSequence(r.sequence)
                .setReversal(r.reversal)
                .setDateOfService(claim.dateOfService)
                .setRenderingProviderNpi(claim.renderingProviderNpi)
                .setPayerResponsibility(claim.payerResponsibility)
                .setNextPayerPending(claim.nextPayerPending)
                .setPosting(RemittancePosting.newBuilder()
                        .setClaimStatusCode(r.claimStatusCode)
                        .setPayerClaimControlNumber(r.payerClaimControlNumber.isEmpty() ? null
                                : r.payerClaimControlNumber)
                        .setTraceNumber(traceNumber)
                        .setPaidAmount(r.paidAmount)
                        .setAllowedAmount(r.allowedAmount)
                        .setPatientResponsibility(r.patientResponsibility)
                        .setAdjustedAmount(r.adjustedAmount)
                        .setInterestAmount(r.interest)
                        .setClaimRemarkCodes(List.copyOf(r.claimRemarkCodes))
                        .setReversesPostingSequence(reversedSequence(r))
                        .setClaimAdjustments(adjustments(r.claimAdjustments))
                        .setPaymentDate(r.paymentDate)
                        .setLines(r.lines.stream().sorted(Comparator.comparingInt((RemittanceLine l) -> l.lineNumber))
                                .map(RemittanceEventMapper::postedLine).toList())
                        .build())
                .build();
    }

    /** A line as this 835 paid it, so claims-service can tell the next payer (837 loop 2430). */
    private static PostedLine postedLine(RemittanceLine l) {
        return PostedLine.newBuilder()
                .setLineNumber(l.lineNumber)
                .setProcedureCode(l.procedureCode)
                .setChargeAmount(l.charge)
                .setPaidAmount(l.paid)
                .setPaidUnits(l.unitsPaid)
                .setAdjustments(adjustments(l.adjustments))
                .build();
    }

    private static List<PostedAdjustment> adjustments(List<? extends CasAdjustment> adjustments) {
        return adjustments.stream().map(a -> PostedAdjustment.newBuilder().setGroupCode(a.groupCode)
                .setReasonCode(a.reasonCode).setAmount(a.amount).build()).toList();
    }

    private static Integer reversedSequence(Remittance r) {
        if (r.reversesRemittanceId == null) {
            return null;
        }
        Remittance reversed = Remittance.findById(r.reversesRemittanceId);
        return reversed == null ? null : reversed.sequence;
    }

    /**
     * One DeniedLine per denied line: its amount is what the line was adjusted for neither patient share nor contract
     * (so the lines add up to the claim's deniedAmount), its group and reason those of the largest such adjustment
     * (the one that explains the denial), with its classification and the
     * codes not in use on the remittance date (a retired CARC on a new 835 is the payer's error); the claim carries
     * its primary line's category, owner, deadline, avoidability and next action.
     */
    public DenialRaised toDenialRaised(SubmittedClaim claim, Remittance r) {
        List<DenialLines.DenialLine> lines = DenialLines.of(r, classifier, claim.afterAnotherPayer());
        List<DeniedLine> denials = new ArrayList<>();
        for (DenialLines.DenialLine line : lines) {
            DenialClassification c = line.classification();
            denials.add(DeniedLine.newBuilder().setLineNumber(line.lineNumber()).setProcedureCode(line.procedureCode())
                    .setGroupCode(line.groupCode()).setReasonCode(line.reasonCode())
                    .setRemarkCodes(line.lineRemarkCodes()).setAmount(line.amount())
                    .setCategory(c.category().name()).setOwningDepartment(c.department().name())
                    .setAvoidable(c.avoidable()).setNextAction(c.nextAction()).setRuleId(c.ruleId())
                    .setInactiveCodes(c.inactiveCodes()).build());
        }
        DenialRaised.Builder event = DenialRaised.newBuilder()
                .setEventId(eventId("DenialRaised", claim.claimId, r.sequence))
                .setOccurredAt(millis(r.postedAt))
                .setClaimId(claim.claimOfRecord())
                .setEncounterId(claim.encounterId)
                .setPatientId(claim.patientId)
                .setPayerId(claim.payerId)
                .setPayerResponsibility(claim.payerResponsibility)
                .setWholeClaim(r.outcome == Outcome.DENIED)
                .setDeniedAmount(r.deniedAmount)
                .setDenials(denials)
                .setPayerClaimControlNumber(r.payerClaimControlNumber);
        DenialLines.primary(lines).map(DenialLines.DenialLine::classification).ifPresent(c -> event
                .setCategory(c.category().name()).setOwningDepartment(c.department().name())
                .setAppealDeadline(c.appealDeadline()).setAvoidable(c.avoidable()).setNextAction(c.nextAction())
                .setRulesVersion(c.rulesVersion()));
        return event.build();
    }

    /**
     * Derived from the claim and the posting's number, so its events have stable ids even if ever re-derived; the
     * first posting keeps the id events had when a claim was posted once.
     */
    static UUID eventId(String type, String claimId, int sequence) {
        String key = sequence <= 1 ? type + "/" + claimId : type + "/" + claimId + "/" + sequence;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }
}
