package io.revcycle.claims.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimBatch;
import io.revcycle.claims.domain.PatientDemographics;
import io.revcycle.claims.domain.ClaimLine;
import io.revcycle.claims.domain.ClaimPayerLeg;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.CodedEncounter;
import io.revcycle.claims.domain.CodedProcedure;
import io.revcycle.claims.domain.EligibilityResult;
import io.revcycle.claims.domain.IcdProcedure;
import io.revcycle.claims.domain.InpatientStay;
import io.revcycle.claims.service.EnqueueDenialsCommand;
import io.revcycle.claims.service.PayerAdjudication;
import io.revcycle.claims.service.RecordAdjudicationCommand;
import io.revcycle.claims.service.RecordCodingCommand;
import io.revcycle.claims.service.RecordEligibilityCommand;
import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.ClaimPatient;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.CoverageInOrder;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.PostedAdjustment;
import io.revcycle.events.RemittancePosting;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.ExpectedBenefits;
import io.revcycle.messaging.PermanentEventException;

/**
 * Between Avro events and the service's commands and entities. Rejects events that cannot make a valid claim
 * (PermanentEventException, so the consumer dead-letters them at once instead of storing garbage).
 */
@ApplicationScoped
public class ClaimEventMapper {

    private static final String INPATIENT = "INPATIENT";
    private static final Set<String> POA = Set.of("Y", "N", "U", "W", "1");

    public RecordCodingCommand toCommand(EncounterCoded e) {
        require(!e.getEncounterId().isBlank(), "EncounterCoded without encounterId");
        boolean inpatient = INPATIENT.equals(e.getEncounterType());
        // an inpatient claim bills room and board per day even when no CPT/HCPCS line was coded
        require(inpatient || !e.getLines().isEmpty(), "EncounterCoded " + e.getEncounterId() + " has no procedure lines");
        require(!e.getDiagnosisCodes().isEmpty(), "EncounterCoded " + e.getEncounterId() + " has no diagnosis");
        Set<Integer> lineNumbers = new HashSet<>();
        List<CodedProcedure> lines = e.getLines().stream().map(l -> {
            require(l.getUnits() >= 1, "line " + l.getLineNumber() + " has " + l.getUnits() + " units");
            require(lineNumbers.add(l.getLineNumber()), "line number " + l.getLineNumber() + " repeats");
            require(l.getRevenueCode() == null || l.getRevenueCode().matches("\\d{4}"),
                    "line " + l.getLineNumber() + " has a revenue code that is not 4 digits");
            return new CodedProcedure(l.getLineNumber(), l.getProcedureCode(), List.copyOf(l.getModifiers()),
                    l.getUnits(), List.copyOf(l.getDiagnosisPointers()), l.getRevenueCode());
        }).toList();
        CodedEncounter coded = new CodedEncounter(e.getPatientId(), e.getRenderingProviderNpi(),
                e.getBillingProviderNpi(), e.getFacilityId(), e.getPlaceOfService(), e.getPayerId(), e.getMemberId(),
                e.getDateOfService(), List.copyOf(e.getDiagnosisCodes()), lines, e.getEncounterType(),
                patient(e.getPatient()), inpatient ? stay(e) : null);
        return new RecordCodingCommand(e.getEncounterId(), e.getEventId(), coded);
    }

    /** The stay of an INPATIENT encounter: dates in order, one POA per diagnosis (or none), PCS codes of 7. */
    private static InpatientStay stay(EncounterCoded e) {
        String id = e.getEncounterId();
        require(e.getAdmissionDate() != null && e.getDischargeDate() != null,
                "inpatient EncounterCoded " + id + " has no admission or discharge date");
        require(!e.getDischargeDate().isBefore(e.getAdmissionDate()),
                "inpatient EncounterCoded " + id + " is discharged before it was admitted");
        require(e.getDischargeDisposition() != null && e.getDischargeDisposition().matches("\\d{2}"),
                "inpatient EncounterCoded " + id + " has no two-digit discharge disposition");
        List<String> poa = e.getDiagnosisPresentOnAdmission();
        require(poa.isEmpty() || poa.size() == e.getDiagnosisCodes().size(),
                "inpatient EncounterCoded " + id + " has " + poa.size() + " POA indicators for "
                        + e.getDiagnosisCodes().size() + " diagnoses");
        require(poa.stream().allMatch(p -> p == null || POA.contains(p)),
                "inpatient EncounterCoded " + id + " has a POA indicator other than Y, N, U, W or 1");
        List<IcdProcedure> procedures = e.getIcdProcedures().stream().map(p -> {
            require(p.getCode().matches("[0-9A-HJ-NP-Z]{7}"), "inpatient EncounterCoded " + id
                    + " has an ICD-10-PCS code that is not 7 characters");
            return new IcdProcedure(p.getCode(), p.getPerformedDate());
        }).toList();
        require(e.getAdmissionType() == null || e.getAdmissionType().matches("[1-59]"),
                "inpatient EncounterCoded " + id + " has an admission type that is not a NUBC code (1-5, 9)");
        require(e.getAdmissionSource() == null || e.getAdmissionSource().matches("[1245689D-G]"),
                "inpatient EncounterCoded " + id + " has an admission source that is not a NUBC point of origin");
        return new InpatientStay(e.getAdmissionDate(), e.getDischargeDate(), e.getDischargeDisposition(), poa,
                procedures, e.getAdmissionType(), e.getAdmissionSource());
    }

    private static PatientDemographics patient(ClaimPatient p) {
        return p == null ? null : new PatientDemographics(p.getFirstName(), p.getLastName(), p.getDateOfBirth(),
                p.getSex(), p.getLine1(), p.getLine2(), p.getCity(), p.getState(), p.getPostalCode());
    }

    public RecordEligibilityCommand toCommand(EligibilityVerified e) {
        require(!e.getEncounterId().isBlank(), "EligibilityVerified without encounterId");
        return new RecordEligibilityCommand(e.getEncounterId(), e.getEventId(),
                new EligibilityResult(e.getCoverageActive(), e.getInactiveReason(), e.getCoverageId(), e.getCopay(),
                        e.getCoinsurancePercent(), e.getDeductibleRemaining(), e.getOccurredAt()),
                e.getCoverageActive() ? nextPayers(e) : List.of());
    }

    /** The coverages after the encounter's own payer in the order of benefits (none when it is not in the order). */
    private static List<RecordEligibilityCommand.NextPayer> nextPayers(EligibilityVerified e) {
        List<CoverageInOrder> order = e.getOrderOfBenefits();
        int own = -1;
        for (int i = 0; i < order.size() && own < 0; i++) {
            CoverageInOrder c = order.get(i);
            boolean sameCoverage = e.getCoverageId() == null || e.getCoverageId().equals(c.getCoverageId());
            own = c.getPayerId().equals(e.getPayerId()) && sameCoverage ? i : -1;
        }
        List<RecordEligibilityCommand.NextPayer> next = new ArrayList<>();
        for (int i = own + 1; own >= 0 && i < order.size(); i++) {
            CoverageInOrder c = order.get(i);
            if (c.getMemberId() == null || c.getMemberId().isBlank()) {
                continue; // no 837 can name a subscriber without a member id
            }
            next.add(new RecordEligibilityCommand.NextPayer(c.getPosition(), c.getPayerResponsibility(),
                    c.getPayerId(), c.getCoverageId(), c.getPlanName(), c.getGroupId(), c.getInsuranceType(),
                    c.getRelationshipCode(), c.getMemberId(), c.getSubscriberFirstName(),
                    c.getSubscriberLastName()));
        }
        return next;
    }

    public RecordAdjudicationCommand toCommand(ClaimAdjudicated e) {
        return new RecordAdjudicationCommand(e.getClaimId(), outcome(e.getOutcome()), e.getAllowedAmount(),
                e.getPaidAmount(), e.getPatientResponsibility(), e.getContractualAdjustment(), e.getDeniedAmount(),
                e.getOccurredAt(), e.getPayerResponsibility(), e.getReversal(),
                e.getPosting() == null ? null : adjudication(e.getPosting(), e.getOccurredAt()));
    }

    private static PayerAdjudication adjudication(RemittancePosting p, Instant postedAt) {
        List<PayerAdjudication.Line> lines = p.getLines().stream()
                .map(l -> new PayerAdjudication.Line(l.getLineNumber(), l.getChargeAmount(), l.getPaidAmount(),
                        l.getPaidUnits(), adjustments(l.getAdjustments())))
                .toList();
        // the 835's payment date when carried, else the day it was posted
        return new PayerAdjudication(p.getPaidAmount(), adjustments(p.getClaimAdjustments()), lines,
                p.getPaymentDate() != null ? p.getPaymentDate() : LocalDate.ofInstant(postedAt, ZoneOffset.UTC));
    }

    private static List<PayerAdjudication.Adjustment> adjustments(List<PostedAdjustment> adjustments) {
        return adjustments.stream()
                .map(a -> new PayerAdjudication.Adjustment(a.getGroupCode(), a.getReasonCode(), a.getAmount()))
                .toList();
    }

    public EnqueueDenialsCommand toCommand(DenialRaised e) {
        require(!e.getDenials().isEmpty(), "DenialRaised for " + e.getClaimId() + " has no denied lines");
        List<EnqueueDenialsCommand.DeniedLine> lines = e.getDenials().stream()
                .map(d -> new EnqueueDenialsCommand.DeniedLine(d.getLineNumber(), d.getProcedureCode(),
                        d.getGroupCode(), d.getReasonCode(), List.copyOf(d.getRemarkCodes()), d.getAmount(),
                        d.getCategory(), d.getOwningDepartment(), d.getAvoidable(), d.getNextAction(), d.getRuleId(),
                        List.copyOf(d.getInactiveCodes())))
                .toList();
        return new EnqueueDenialsCommand(e.getEventId(), e.getOccurredAt(), e.getClaimId(), e.getEncounterId(),
                e.getPayerId(), e.getAppealDeadline(), e.getRulesVersion(), e.getPayerClaimControlNumber(), lines,
                e.getPayerResponsibility());
    }

    /**
     * Its event id derives from the claim id and the batch's ISA13: a claim is sent once per interchange (again only
     * after a correction), so any re-publish is a visible duplicate.
     */
    public ClaimSubmitted toClaimSubmitted(Claim claim, ClaimBatch batch) {
        return toClaimSubmitted(claim, batch, false);
    }

    /** @param nextPayerPending another payer follows the claim's own in the patient's order of benefits */
    public ClaimSubmitted toClaimSubmitted(Claim claim, ClaimBatch batch, boolean nextPayerPending) {
        return submitted(claim, batch.isa13, batch.fileId)
                .setOccurredAt(claim.submittedAt == null ? Instant.now() : claim.submittedAt)
                .setPatientControlNumber(claim.patientControlNumber)
                .setPayerId(claim.payerId)
                .setMemberId(claim.memberId)
                .setNextPayerPending(nextPayerPending)
                .build();
    }

    /** The claim as sent to a next payer (its own CLM01, the next payer's member id); a payer may follow it too. */
    public ClaimSubmitted toClaimSubmitted(Claim claim, ClaimPayerLeg leg) {
        return submitted(claim, leg.isa13, leg.fileId)
                .setOccurredAt(leg.sentAt)
                .setPatientControlNumber(leg.patientControlNumber)
                .setPayerId(leg.payerId)
                .setMemberId(leg.memberId)
                .setPayerResponsibility(leg.payerResponsibility)
                .setNextPayerPending(ClaimPayerLeg.at(claim.claimId, leg.position + 1).isPresent())
                .build();
    }

    private ClaimSubmitted.Builder submitted(Claim claim, String isa13, String fileId) {
        return ClaimSubmitted.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(("ClaimSubmitted:" + claim.claimId + ":" + isa13)
                        .getBytes(StandardCharsets.UTF_8)))
                .setClaimType(claim.claimType.name())
                .setInterchangeControlNumber(isa13)
                .setEdiFileId(fileId)
                .setClaimId(claim.claimId)
                .setEncounterId(claim.encounterId)
                .setPatientId(claim.patientId)
                .setBillingProviderNpi(claim.billingProviderNpi)
                .setRenderingProviderNpi(claim.renderingProviderNpi)
                .setPlaceOfService(claim.placeOfService)
                .setDateOfService(claim.dateOfService)
                .setDiagnosisCodes(List.copyOf(claim.diagnosisCodes))
                .setTotalCharge(claim.totalCharge)
                .setLines(claim.lines.stream().map(ClaimEventMapper::toClaimLine).toList())
                .setBenefits(ExpectedBenefits.newBuilder()
                        .setCopay(claim.expectedCopay)
                        .setCoinsurancePercent(claim.expectedCoinsurancePercent)
                        .setDeductibleRemaining(claim.expectedDeductibleRemaining)
                        .build());
    }

    private static io.revcycle.events.ClaimLine toClaimLine(ClaimLine line) {
        return io.revcycle.events.ClaimLine.newBuilder()
                .setLineNumber(line.lineNumber)
                .setProcedureCode(line.procedureCode)
                .setModifiers(List.copyOf(line.modifiers))
                .setUnits(line.units)
                .setDiagnosisPointers(List.copyOf(line.diagnosisPointers))
                .setCharge(line.charge)
                .build();
    }

    private static ClaimStatus outcome(String outcome) {
        return switch (outcome) {
            case "PAID" -> ClaimStatus.PAID;
            case "PARTIALLY_DENIED" -> ClaimStatus.PARTIALLY_DENIED;
            case "DENIED" -> ClaimStatus.DENIED;
            case "REVERSED" -> ClaimStatus.REVERSED;
            default -> throw new PermanentEventException("unknown adjudication outcome " + outcome);
        };
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new PermanentEventException(problem);
        }
    }
}
