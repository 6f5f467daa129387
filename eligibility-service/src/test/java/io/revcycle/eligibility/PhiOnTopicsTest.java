package io.revcycle.eligibility;

import static io.revcycle.eligibility.TestData.id;
import static io.revcycle.eligibility.TestData.keyOnSamePartitionAs;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.PatientDemographics;
import io.revcycle.events.PostalAddress;
import io.revcycle.events.Topics;
import io.revcycle.events.phi.EventPhi;
import io.revcycle.events.phi.PhiCipher;
import io.revcycle.events.phi.PhiKeyring;
import io.revcycle.messaging.EventHeaders;
import io.revcycle.testsupport.TestEvents;
import io.revcycle.testsupport.TestPhi;

/**
 * PHI on the real topics: an encounter sealed as coding-service publishes it is checked by eligibility-service, whose
 * EligibilityVerified reaches the outbox table and the topic with the member id sealed; what a reader without the
 * key sees holds no seeded name, birth date or member id. A sealed field that cannot be opened is dead-lettered with
 * its reason, and the next event is still checked.
 */
@QuarkusTest
class PhiOnTopicsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final LocalDate BIRTH = LocalDate.of(1937, 11, 23);

    @Inject
    EntityManager em;

    @Test
    void shouldKeepSeededPhiOutOfTopicsAndOutboxWhileTheServiceChecksTheEncounter() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = "Quintessa" + run;
        String last = "Zebulon" + run;
        String memberId = "MBRPHI" + run.toUpperCase();
        String encounterId = id("ENC");
        EncounterDocumented plain = seeded(encounterId, first, last, memberId);

        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId, TestPhi.seal(plain));

        EligibilityVerified verified = TestEvents.awaitEvent(Topics.ELIGIBILITY_VERIFIED, EligibilityVerified.class,
                e -> e.getEncounterId().equals(encounterId), TIMEOUT);
        // the service opened the encounter: its check and its event name the seeded member
        assertThat(verified.getMemberId()).isEqualTo(memberId);
        assertThat(QuarkusTransaction.requiringNew().call(() -> EligibilityCheck.findByEncounterId(encounterId)
                .orElseThrow().memberId)).isEqualTo(memberId);
        // what an integrator or a dead-letter reader without the key gets
        assertNoPlaintext(raw(Topics.ENCOUNTER_DOCUMENTED, encounterId), first, last, memberId);
        assertNoPlaintext(raw(Topics.ELIGIBILITY_VERIFIED, encounterId), first, last, memberId);
        assertNoPlaintext(outboxPayload(verified.getEventId()), first, last, memberId);
        EncounterDocumented onTopic = TestEvents.awaitSealedEvent(Topics.ENCOUNTER_DOCUMENTED,
                EncounterDocumented.class, e -> e.getEncounterId().equals(encounterId), TIMEOUT);
        assertThat(onTopic.getPatient().getFirstName()).isNull();
        assertThat(onTopic.getMemberId()).isNull();
        assertThat(onTopic.getPatient().getDateOfBirth()).as("the birth date is only inside the sealed field")
                .isNull();
        assertThat(onTopic.getPatient().getAddress()).isNull();
        assertThat(TestPhi.reveal(onTopic)).isEqualTo(plain);
    }

    @Test
    void shouldDeadLetterAnUnreadableSealedFieldWithItsReasonAndCheckTheNextEncounter() {
        String tampered = id("ENC");
        String foreignKey = keyOnSamePartitionAs(tampered, Topics.ENCOUNTER_DOCUMENTED, "ENC");
        String next = keyOnSamePartitionAs(tampered, Topics.ENCOUNTER_DOCUMENTED, "ENC");
        EncounterDocumented sealed = TestPhi.seal(seeded(tampered, "Anselm", "Quarry", "MBRTAMPER"));
        byte[] phi = bytes(sealed.getPhi());
        phi[phi.length - 1] ^= 0x01; // the GCM tag
        byte[] key = new byte[32];
        new Random(14).nextBytes(key);
        EventPhi other = new EventPhi(new PhiCipher(PhiKeyring.parse(
                "retired-7:" + Base64.getEncoder().encodeToString(key), Optional.empty())));

        sealed.setPhi(ByteBuffer.wrap(phi));
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, tampered, sealed);
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, foreignKey,
                other.protect(seeded(foreignKey, "Anselm", "Quarry", "MBRFOREIGN")));
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, next, TestPhi.seal(seeded(next, "Anselm", "Quarry", "MBRNEXT")));

        ConsumerRecord<String, byte[]> tamperedLetter = deadLetter(tampered);
        assertThat(header(tamperedLetter, EventHeaders.DLQ_REASON)).contains("sealed PHI: authentication failed");
        assertNoPlaintext(tamperedLetter.value(), "Anselm", "Quarry", "MBRTAMPER");
        assertThat(header(deadLetter(foreignKey), EventHeaders.DLQ_REASON))
                .contains("key id retired-7 is not configured");
        assertThat(TestEvents.awaitEvent(Topics.ELIGIBILITY_VERIFIED, EligibilityVerified.class,
                e -> e.getEncounterId().equals(next), TIMEOUT).getMemberId()).isEqualTo("MBRNEXT");
        assertThat(QuarkusTransaction.requiringNew().call(() -> EligibilityCheck.findByEncounterId(tampered)))
                .isEmpty();
    }

    private static EncounterDocumented seeded(String encounterId, String first, String last, String memberId) {
        EncounterDocumented event = TestData.encounter(encounterId, id("PAT"), memberId, LocalDate.of(2026, 3, 15));
        PatientDemographics patient = event.getPatient();
        patient.setFirstName(first);
        patient.setLastName(last);
        patient.setDateOfBirth(BIRTH);
        patient.setAddress(new PostalAddress("77 " + last + " Rd", null, "Peoria", "IL", "61602"));
        return event;
    }

    private byte[] outboxPayload(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (byte[]) em.createNativeQuery(
                "select payload from outbox_message where event_id = :e").setParameter("e", eventId)
                .getSingleResult());
    }

    private static byte[] raw(String topic, String key) {
        List<ConsumerRecord<String, byte[]>> records = TestEvents.readRaw(topic, TIMEOUT,
                rs -> rs.stream().anyMatch(r -> key.equals(r.key())));
        return records.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow().value();
    }

    private static ConsumerRecord<String, byte[]> deadLetter(String key) {
        return TestEvents.readRaw(Topics.deadLetterOf(Topics.ENCOUNTER_DOCUMENTED), TIMEOUT,
                rs -> rs.stream().anyMatch(r -> key.equals(r.key()))).stream().filter(r -> key.equals(r.key()))
                .findFirst().orElseThrow(() -> new AssertionError("no dead letter with key " + key));
    }

    private static void assertNoPlaintext(byte[] value, String... phi) {
        String text = new String(value, StandardCharsets.ISO_8859_1);
        assertThat(text).isNotEmpty();
        for (String p : phi) {
            assertThat(text).doesNotContain(p).doesNotContain(p.toUpperCase());
        }
        assertThat(text).doesNotContain(BIRTH.toString()).doesNotContain("19371123");
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ByteBuffer b) {
        ByteBuffer d = b.duplicate();
        byte[] out = new byte[d.remaining()];
        d.get(out);
        return out;
    }
}
