package io.revcycle.remittance.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.ClaimLine;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.DeniedLine;
import io.revcycle.events.PatientShare;
import io.revcycle.events.RemittancePosting;
import io.revcycle.remittance.domain.Outcome;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.RemittanceAdjustment;
import io.revcycle.remittance.domain.RemittanceClaimAdjustment;
import io.revcycle.remittance.domain.SubmittedClaim;
import io.revcycle.remittance.service.ClaimTotals;
import io.revcycle.remittance.service.RecordClaimCommand;

/** Translates between the Avro events and this service's commands and entities (which never are Avro records). */
@ApplicationScoped
public class RemittanceEventMapper {

    public RecordClaimCommand toCommand(ClaimSubmitted e) {
        List<RecordClaimCommand.Line> lines = new ArrayList<>(e.getLines().size());
        for (ClaimLine l : e.getLines()) {
            lines.add(new RecordClaimCommand.Line(l.getLineNumber(), l.getProcedureCode(), l.getUnits(), l.getCharge()));
        }
        return new RecordClaimCommand(e.getClaimId(), e.getEncounterId(), e.getPatientId(), e.getPayerId(),
                e.getPatientControlNumber(), e.getTotalCharge(), lines);
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
                .setClaimId(claim.claimId)
                .setEncounterId(claim.encounterId)
                .setPatientId(claim.patientId)
                .setPayerId(claim.payerId)
                .setOutcome(totals.outcome().name())
                .setTotalCharge(claim.totalCharge)
                .setAllowedAmount(totals.allowedAmount())
                .setPaidAmount(totals.paidAmount())
                .setPatientResponsibility(totals.patientResponsibility())
                .setContractualAdjustment(totals.contractualAdjustment())
                .setDeniedAmount(totals.deniedAmount())
                .setPatientResponsibilityLines(shares)
                .setPostingSequence(r.sequence)
                .setReversal(r.reversal)
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
                        .build())
                .build();
    }

    private static Integer reversedSequence(Remittance r) {
        if (r.reversesRemittanceId == null) {
            return null;
        }
        Remittance reversed = Remittance.findById(r.reversesRemittanceId);
        return reversed == null ? null : reversed.sequence;
    }

    /**
     * One DeniedLine per denied line: its amount is everything adjusted on the line, its group and reason those of
     * the line's largest non-patient adjustment (the one that explains the denial).
     */
    public DenialRaised toDenialRaised(SubmittedClaim claim, Remittance r) {
        List<DeniedLine> denials = new ArrayList<>();
        for (var line : r.deniedLines()) {
            RemittanceAdjustment main = line.adjustments.stream().filter(a -> !a.patientResponsibility())
                    .max(Comparator.comparing((RemittanceAdjustment a) -> a.amount)).orElseThrow();
            denials.add(DeniedLine.newBuilder().setLineNumber(line.lineNumber).setProcedureCode(line.procedureCode)
                    .setGroupCode(main.groupCode).setReasonCode(main.reasonCode)
                    .setRemarkCodes(List.copyOf(line.remarkCodes)).setAmount(line.adjusted()).build());
        }
        return DenialRaised.newBuilder()
                .setEventId(eventId("DenialRaised", claim.claimId, r.sequence))
                .setOccurredAt(millis(r.postedAt))
                .setClaimId(claim.claimId)
                .setEncounterId(claim.encounterId)
                .setPatientId(claim.patientId)
                .setPayerId(claim.payerId)
                .setWholeClaim(r.outcome == Outcome.DENIED)
                .setDeniedAmount(r.deniedAmount)
                .setDenials(denials)
                .build();
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
