package io.revcycle.events.phi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.revcycle.events.AvroCodec;
import io.revcycle.events.ClaimPatient;
import io.revcycle.events.DocumentedDiagnosis;
import io.revcycle.events.DocumentedProcedure;
import io.revcycle.events.EdiInterchange;
import io.revcycle.events.CoverageInOrder;
import io.revcycle.events.DenialReviewChanged;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.PatientDemographics;
import io.revcycle.events.PostalAddress;

/** Which fields are sealed, and that an event comes back whole. */
class EventPhiTest {

    private static final EventPhi PHI = new EventPhi(new PhiCipher(
            PhiKeyring.parse("t1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", Optional.empty())));

    @Test
    void shouldSealNamesBirthDateAddressMemberIdAndNotesOfAnEncounterDocumented() {
        EncounterDocumented plain = documented();

        EncounterDocumented sealed = PHI.protect(plain);

        String onTheWire = new String(AvroCodec.encode(sealed), StandardCharsets.ISO_8859_1);
        assertThat(onTheWire).doesNotContain("Quintessa", "Zebulon", "MBR-7781", "Larkspur", "chest pain", "visit",
                "substernal pressure");
        assertThat(sealed.getPatient().getDateOfBirth()).isNull();
        assertThat(sealed.getPatient().getPatientId()).isEqualTo("PAT-1");
        assertThat(sealed.getEncounterId()).isEqualTo("ENC-1");
        assertThat(PHI.reveal(sealed)).isEqualTo(plain);
        assertThat(plain.getMemberId()).as("the caller's event is left alone").isEqualTo("MBR-7781");
    }

    @Test
    void shouldSealAnEncounterCodedWithAndWithoutPatient() {
        EncounterCoded withPatient = coded(new ClaimPatient("Quintessa", "Zebulon", LocalDate.of(1961, 3, 9), "F",
                "9 Larkspur Ln", null, "Peoria", "IL", "61602"));
        EncounterCoded without = coded(null);

        EncounterCoded sealed = PHI.protect(withPatient);

        assertThat(sealed.getPatient()).isNull();
        assertThat(sealed.getMemberId()).isNull();
        assertThat(PHI.reveal(sealed)).isEqualTo(withPatient);
        assertThat(PHI.reveal(PHI.protect(without))).isEqualTo(without);
    }

    @Test
    void shouldSealTheMemberIdsAndSubscribersOfEachCoverageInTheOrderOfBenefits() {
        EligibilityVerified plain = EligibilityVerified.newBuilder(eligibility(UUID.randomUUID()))
                .setOrderOfBenefits(List.of(
                        CoverageInOrder.newBuilder().setPosition(1).setPayerResponsibility("P").setPayerId("P")
                                .setRule("BIRTHDAY_RULE").setMemberId("MBR-7781").build(),
                        CoverageInOrder.newBuilder().setPosition(2).setPayerResponsibility("S").setPayerId("Q")
                                .setRelationshipCode("01").setRule("BIRTHDAY_RULE").setMemberId("SEC-4410")
                                .setSubscriberFirstName("Orlando").setSubscriberLastName("Zebulon").build()))
                .build();

        EligibilityVerified sealed = PHI.protect(plain);

        assertThat(new String(AvroCodec.encode(sealed), StandardCharsets.ISO_8859_1))
                .doesNotContain("MBR-7781", "SEC-4410", "Orlando", "Zebulon");
        assertThat(sealed.getOrderOfBenefits()).extracting(CoverageInOrder::getPayerId).containsExactly("P", "Q");
        assertThat(PHI.reveal(sealed)).isEqualTo(plain);
    }

    @Test
    void shouldSealTheX12BytesOfAnEdiInterchange() {
        byte[] x12 = "ISA*00*...~NM1*IL*1*ZEBULON*QUINTESSA****MI*MBR-7781~".getBytes(StandardCharsets.US_ASCII);
        EdiInterchange plain = EdiInterchange.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setFileId("F1").setFileName("F1.x12").setSenderId("S").setReceiverId("R")
                .setInterchangeControlNumber("1").setDocumentTypes(List.of("837P")).setSha256("00")
                .setContent(ByteBuffer.wrap(x12)).build();

        EdiInterchange sealed = PHI.protect(plain);

        assertThat(sealed.getContent().remaining()).isZero();
        assertThat(new String(AvroCodec.encode(sealed), StandardCharsets.ISO_8859_1)).doesNotContain("ZEBULON");
        assertThat(PHI.reveal(sealed)).isEqualTo(plain);
    }

    @Test
    void shouldSealTheCodersNoteOfACompletedDenialReview() {
        DenialReviewChanged plain = DenialReviewChanged.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now()).setReviewId(3).setSourceEventId(UUID.randomUUID())
                .setClaimId("CLM-ENC-1").setEncounterId("ENC-1").setPayerId("P").setDepartment("CODING")
                .setChange("COMPLETED").setOutcome("CODES_CHANGED").setActedBy("coder-1")
                .setNote("Zebulon's chart supports modifier 25").build();

        DenialReviewChanged sealed = PHI.protect(plain);

        assertThat(sealed.getNote()).isNull();
        assertThat(new String(AvroCodec.encode(sealed), StandardCharsets.ISO_8859_1)).doesNotContain("Zebulon");
        assertThat(sealed.getOutcome()).isEqualTo("CODES_CHANGED");
        assertThat(PHI.reveal(sealed)).isEqualTo(plain);
    }

    @Test
    void shouldPassAnEventWrittenBeforeProtectionThroughAndRefuseAnEnvelopeFromAnotherEvent() {
        EligibilityVerified legacy = eligibility(UUID.randomUUID());
        EligibilityVerified other = PHI.protect(eligibility(UUID.randomUUID()));

        assertThat(PHI.reveal(legacy)).isEqualTo(legacy);
        EligibilityVerified spliced = EligibilityVerified.newBuilder(PHI.protect(legacy)).setPhi(other.getPhi())
                .build();
        assertThatThrownBy(() -> PHI.reveal(spliced)).isInstanceOf(UnreadablePhiException.class);
    }

    private static EncounterDocumented documented() {
        return EncounterDocumented.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setEncounterId("ENC-1")
                .setPatient(PatientDemographics.newBuilder().setPatientId("PAT-1").setFirstName("Quintessa")
                        .setLastName("Zebulon").setDateOfBirth(LocalDate.of(1961, 3, 9)).setSex("F")
                        .setAddress(new PostalAddress("9 Larkspur Ln", null, "Peoria", "IL", "61602")).build())
                .setRenderingProviderNpi("1").setBillingProviderNpi("2").setFacilityId("F").setPayerId("P")
                .setMemberId("MBR-7781").setDateOfService(LocalDate.of(2026, 1, 5))
                .setDiagnoses(List.of(DocumentedDiagnosis.newBuilder().setSequence(1).setDescription("chest pain")
                        .setCode("R07.9").build()))
                .setNoteText("Patient reports substernal pressure on exertion.")
                .setProcedures(List.of(DocumentedProcedure.newBuilder().setLineNumber(1).setDescription("visit")
                        .setCode("99213").build()))
                .build();
    }

    private static EncounterCoded coded(ClaimPatient patient) {
        return EncounterCoded.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setEncounterId("ENC-1").setPatientId("PAT-1").setPatient(patient).setRenderingProviderNpi("1")
                .setBillingProviderNpi("2").setFacilityId("F").setPlaceOfService("11").setPayerId("P")
                .setMemberId("MBR-7781").setDateOfService(LocalDate.of(2026, 1, 5)).setDiagnosisCodes(List.of("R07.9"))
                .setLines(List.of()).setFinalizedBy("AUTO").build();
    }

    private static EligibilityVerified eligibility(UUID id) {
        return EligibilityVerified.newBuilder().setEventId(id).setOccurredAt(Instant.now()).setEncounterId("ENC-1")
                .setPatientId("PAT-1").setPayerId("P").setMemberId("MBR-7781")
                .setDateOfService(LocalDate.of(2026, 1, 5)).setCoverageActive(true)
                .setCopay(new BigDecimal("10.00")).setCoinsurancePercent(new BigDecimal("20.00"))
                .setDeductibleRemaining(new BigDecimal("0.00")).build();
    }
}
