package io.revcycle.insights;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.ClaimHeld;
import io.revcycle.events.ClaimLine;
import io.revcycle.events.ClaimRejected;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.CodedLine;
import io.revcycle.events.DeniedLine;
import io.revcycle.events.DenialActionTaken;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.DocumentedDiagnosis;
import io.revcycle.events.DocumentedProcedure;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.ExpectedBenefits;
import io.revcycle.events.PatientDemographics;
import io.revcycle.events.Topics;
import io.revcycle.testsupport.TestEvents;

/**
 * Builders of the platform's real events with only what the KPIs read varying; ids are prefixed per test run so the
 * seeded set stays apart from anything else on the shared broker. Synthetic values throughout.
 */
final class SeededEvents {

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    String encounter(String n) {
        return "ENC-" + run + "-" + n;
    }

    String claim(String n) {
        return "CLM-" + run + "-" + n;
    }

    static Instant at(String dayAndTime) {
        return Instant.parse(dayAndTime + "Z");
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    void documented(String n, String payer, String dos, String expectedCharge) {
        EncounterDocumented e = EncounterDocumented.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(at(dos + "T10:00:00")).setEncounterId(encounter(n)).setSource("TEST")
                .setPatient(PatientDemographics.newBuilder().setPatientId("PAT-" + run + n).setFirstName(null)
                        .setLastName(null).setDateOfBirth(null).setSex("U").build())
                .setEncounterType("PROFESSIONAL").setRenderingProviderNpi("1234567893")
                .setBillingProviderNpi("1245319599").setFacilityId("FAC-1").setPlaceOfService("11").setPayerId(payer)
                .setMemberId(null).setDateOfService(LocalDate.parse(dos))
                .setDiagnoses(List.of(DocumentedDiagnosis.newBuilder().setSequence(1).setDescription("synthetic")
                        .setCode("I10").build()))
                .setProcedures(List.of(DocumentedProcedure.newBuilder().setLineNumber(1).setDescription("synthetic")
                        .setCode("99213").setDiagnosisSequences(List.of(1)).build()))
                .setExpectedCharge(money(expectedCharge)).build();
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, e.getEncounterId(), e);
    }

    void coded(String n, String payer, String dos, String at) {
        EncounterCoded e = EncounterCoded.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(at(at))
                .setEncounterId(encounter(n)).setPatientId("PAT-" + run + n).setEncounterType("PROFESSIONAL")
                .setRenderingProviderNpi("1234567893").setBillingProviderNpi("1245319599").setFacilityId("FAC-1")
                .setPlaceOfService("11").setPayerId(payer).setMemberId(null).setDateOfService(LocalDate.parse(dos))
                .setDiagnosisCodes(List.of("I10"))
                .setLines(List.of(CodedLine.newBuilder().setLineNumber(1).setProcedureCode("99213")
                        .setModifiers(List.of()).setUnits(1).setDiagnosisPointers(List.of(1)).build()))
                .setFinalizedBy("coder-1").setContentVersion("test").setOverriddenFindings(List.of()).build();
        TestEvents.publish(Topics.ENCOUNTER_CODED, e.getEncounterId(), e);
    }

    ClaimSubmitted submitted(String n, String payer, String dos, String at, String charge, String leg) {
        ClaimSubmitted e = ClaimSubmitted.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(at(at))
                .setClaimId(claim(n)).setEncounterId(encounter(n)).setPatientId("PAT-" + run + n).setPayerId(payer)
                .setMemberId(null).setBillingProviderNpi("1245319599").setRenderingProviderNpi("1234567893").setPlaceOfService("11")
                .setDateOfService(LocalDate.parse(dos)).setDiagnosisCodes(List.of("I10")).setTotalCharge(money(charge))
                .setLines(List.of(ClaimLine.newBuilder().setLineNumber(1).setProcedureCode("99213")
                        .setModifiers(List.of()).setUnits(1).setDiagnosisPointers(List.of(1)).setCharge(money(charge))
                        .build()))
                .setBenefits(ExpectedBenefits.newBuilder().build()).setClaimType("PROFESSIONAL")
                .setPayerResponsibility(leg).setNextPayerPending(false).build();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, e.getClaimId(), e);
        return e;
    }

    void held(String n, String payer, String at) {
        ClaimHeld e = ClaimHeld.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(at(at)).setClaimId(claim(n))
                .setEncounterId(encounter(n)).setPayerId(payer).setHoldReason("NO_CHARGE").setHeldAt(at(at)).build();
        TestEvents.publish(Topics.CLAIM_HELD, e.getClaimId(), e);
    }

    void rejected(String n, String payer, String at) {
        ClaimRejected e = ClaimRejected.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(at(at))
                .setClaimId(claim(n)).setEncounterId(encounter(n)).setPayerId(payer).setStage("ACK_277CA")
                .setCodes(List.of("A7:562:IL")).setReason("synthetic rejection").setPayerResponsibility("P").build();
        TestEvents.publish(Topics.CLAIM_REJECTED, e.getClaimId(), e);
    }

    /** Amounts: charge = paid + patient share + contractual + denied; allowed = paid + patient share. */
    void adjudicated(String n, String payer, String dos, String at, String outcome, String charge, String paid,
            String patientShare, String contractual, String denied) {
        BigDecimal allowed = money(paid).add(money(patientShare));
        ClaimAdjudicated e = ClaimAdjudicated.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(at(at))
                .setClaimId(claim(n)).setEncounterId(encounter(n)).setPatientId("PAT-" + run + n).setPayerId(payer)
                .setOutcome(outcome).setTotalCharge(money(charge)).setAllowedAmount(allowed)
                .setPaidAmount(money(paid)).setPatientResponsibility(money(patientShare))
                .setContractualAdjustment(money(contractual)).setDeniedAmount(money(denied))
                .setPatientResponsibilityLines(List.of()).setPostingSequence(1)
                .setDateOfService(LocalDate.parse(dos)).setPayerResponsibility("P").setNextPayerPending(false).build();
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, e.getClaimId(), e);
    }

    /** A denial of the claim's line 1 with a real CARC of the category (X12 CARC list). */
    void denied(String n, String payer, String at, String category, String carc, String amount) {
        DenialRaised e = DenialRaised.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(at(at))
                .setClaimId(claim(n)).setEncounterId(encounter(n)).setPatientId("PAT-" + run + n).setPayerId(payer)
                .setWholeClaim(true).setDeniedAmount(money(amount))
                .setDenials(List.of(DeniedLine.newBuilder().setLineNumber(1).setProcedureCode("99213")
                        .setGroupCode("CO").setReasonCode(carc).setRemarkCodes(List.of()).setAmount(money(amount))
                        .setCategory(category).build()))
                .setCategory(category).setPayerResponsibility("P").build();
        TestEvents.publish(Topics.DENIAL_RAISED, e.getClaimId(), e);
    }

    void denialAction(String n, String payer, String at, String action, String amount) {
        DenialActionTaken e = DenialActionTaken.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(at(at))
                .setClaimId(claim(n)).setEncounterId(encounter(n)).setPatientId("PAT-" + run + n).setPayerId(payer)
                .setAction(action).setDenialItemIds(List.of(1L)).setLineNumbers(List.of(1)).setAmount(money(amount))
                .setActedBy("biller-1").build();
        TestEvents.publish(Topics.DENIAL_ACTION, e.getClaimId(), e);
    }
}
