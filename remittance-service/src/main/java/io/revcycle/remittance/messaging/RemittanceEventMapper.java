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
import io.revcycle.remittance.domain.Outcome;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.RemittanceAdjustment;
import io.revcycle.remittance.domain.RemittanceClaimAdjustment;
import io.revcycle.remittance.domain.SubmittedClaim;
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

    public ClaimAdjudicated toClaimAdjudicated(SubmittedClaim claim, Remittance r) {
        List<PatientShare> shares = new ArrayList<>();
        // claim-level PR adjustments (loop 2100 CAS) belong to no line: line 0, no procedure
        for (RemittanceClaimAdjustment a : r.claimAdjustments) {
            if (a.patientResponsibility()) {
                shares.add(PatientShare.newBuilder().setLineNumber(0).setProcedureCode("").setReasonCode(a.reasonCode)
                        .setAmount(a.amount).build());
            }
        }
        for (var line : r.lines) {
            for (RemittanceAdjustment a : line.adjustments) {
                if (a.patientResponsibility()) {
                    shares.add(PatientShare.newBuilder().setLineNumber(line.lineNumber)
                            .setProcedureCode(line.procedureCode).setReasonCode(a.reasonCode).setAmount(a.amount)
                            .build());
                }
            }
        }
        return ClaimAdjudicated.newBuilder()
                .setEventId(eventId("ClaimAdjudicated", claim.claimId))
                .setOccurredAt(millis(r.postedAt))
                .setClaimId(claim.claimId)
                .setEncounterId(claim.encounterId)
                .setPatientId(claim.patientId)
                .setPayerId(claim.payerId)
                .setOutcome(r.outcome.name())
                .setTotalCharge(r.totalCharge)
                .setAllowedAmount(r.allowedAmount)
                .setPaidAmount(r.paidAmount)
                .setPatientResponsibility(r.patientResponsibility)
                .setContractualAdjustment(r.contractualAdjustment)
                .setDeniedAmount(r.deniedAmount)
                .setPatientResponsibilityLines(shares)
                .build();
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
                .setEventId(eventId("DenialRaised", claim.claimId))
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

    /** Derived from the claim: a claim is posted once, so its events have stable ids even if ever re-derived. */
    static UUID eventId(String type, String claimId) {
        return UUID.nameUUIDFromBytes((type + "/" + claimId).getBytes(StandardCharsets.UTF_8));
    }

    private static Instant millis(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }
}
