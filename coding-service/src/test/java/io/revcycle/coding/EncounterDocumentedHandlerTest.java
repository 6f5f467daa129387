package io.revcycle.coding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.Topics;
import io.revcycle.messaging.EventHeaders;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.TestEvents;

/** EncounterDocumented straight on the topic, as an EHR integration engine publishes it. */
@QuarkusTest
@TestSecurity(user = "coder-1", roles = { Roles.CODER, Roles.REGISTRATION })
class EncounterDocumentedHandlerTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String CONSUMER = "coding-service." + Topics.ENCOUNTER_DOCUMENTED;

    @Inject
    EntityManager em;

    @Test
    void shouldCodeACleanEhrEncounterStraightThrough() {
        String id = Encounters.newId();
        EncounterDocumented event = Encounters.cleanEvent(id, "EHR-EPIC");
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, id, event);

        EncounterCoded coded = TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class,
                e -> e.getEncounterId().equals(id), WAIT);
        assertThat(coded.getFinalizedBy()).isEqualTo("AUTO");
        assertThat(coded.getPatientId()).isEqualTo(event.getPatient().getPatientId());
        assertThat(coded.getDiagnosisCodes()).containsExactly("E11.9", "I10");
        assertThat(coded.getLines()).extracting(l -> l.getProcedureCode() + l.getModifiers() + l.getDiagnosisPointers())
                .containsExactly("99213[25][2, 1]", "83036[][1]");
        assertThat(WorklistResourceTest.awaitWorkItem(id).getString("source")).isEqualTo("EHR-EPIC");

        // the API knows the encounter now too
        given().contentType(ContentType.JSON).body(Encounters.cleanBody(id)).post("/encounters")
                .then().statusCode(409);
    }

    @Test
    void shouldCreateTheSameWorkItemAsTheApi() {
        String viaApi = Encounters.newId();
        String viaEhr = Encounters.newId();
        WorklistResourceTest.document(Encounters.body(viaApi,
                List.of(Encounters.dx(2, "Knee pain", " m25.561"), Encounters.dx(1, "Obesity", "E66.9"),
                        Encounters.dx(3, "Headache", null)),
                List.of(Encounters.proc(2, "Joint injection", "20610", List.of("rt"), 1, List.of(2)),
                        Encounters.proc(1, "Office visit", "99214", List.of("25"), 1, List.of(2, 1, 3)))));
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, viaEhr, Encounters.event(viaEhr, "EHR-CERNER",
                List.of(Encounters.diagnosis(2, "Knee pain", " m25.561"), Encounters.diagnosis(1, "Obesity", "E66.9"),
                        Encounters.diagnosis(3, "Headache", null)),
                List.of(Encounters.procedure(2, "Joint injection", "20610", List.of("rt"), List.of(2)),
                        Encounters.procedure(1, "Office visit", "99214", List.of("25"), List.of(2, 1, 3)))));

        JsonPath api = WorklistResourceTest.awaitWorkItem(viaApi);
        JsonPath ehr = WorklistResourceTest.awaitWorkItem(viaEhr);
        assertThat(api.getString("source")).isEqualTo("API");
        assertThat(ehr.getString("source")).isEqualTo("EHR-CERNER");
        assertThat(ehr.getList("issues", String.class)).containsExactly("diagnosis 3 has no code");
        assertThat(ehr.getList("diagnosisCodes")).containsExactly("E66.9", "M25.561", null);
        assertThat(ehr.getList("lines.procedureCode")).containsExactly("99214", "20610");
        assertThat(ehr.getList("lines.modifiers")).containsExactly(List.of("25"), List.of("RT"));
        assertThat(ehr.getList("lines.diagnosisPointers")).containsExactly(List.of(2, 1, 3), List.of(2));
        assertThat(ehr.getList("documentedProcedures.code")).containsExactly("99214", "20610");
        Map<String, Object> apiItem = api.getMap("");
        Map<String, Object> ehrItem = ehr.getMap("");
        apiItem.remove("encounterId");
        apiItem.remove("source");
        ehrItem.remove("encounterId");
        ehrItem.remove("source");
        assertThat(ehrItem).isEqualTo(apiItem);
    }

    @Test
    void shouldHaveOneEffectForDuplicateEvents() {
        String id = Encounters.newId();
        EncounterDocumented event = Encounters.cleanEvent(id, "EHR-EPIC");
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, id, event);
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, id, event);
        // the same encounter again under a new event id, as an integration engine may resend it
        event.setEventId(UUID.randomUUID());
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, id, event);
        // the marker travels under the same key: same partition, so it is consumed after the duplicates
        String marker = Encounters.newId();
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, id, Encounters.cleanEvent(marker, "EHR-EPIC"));

        TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class, e -> e.getEncounterId().equals(marker),
                WAIT);
        assertThat(Encounters.rows(em, "coding_work_item", id)).isEqualTo(1);
        assertThat(Encounters.rows(em, "work_item_line", id)).isEqualTo(2);
        assertThat(Encounters.outboxRows(em, Topics.ENCOUNTER_CODED, id)).isEqualTo(1);
        List<EncounterCoded> coded = TestEvents.awaitEvents(Topics.ENCOUNTER_CODED, EncounterCoded.class,
                e -> e.getEncounterId().equals(id), 1, WAIT);
        assertThat(coded).singleElement().extracting(EncounterCoded::getFinalizedBy).isEqualTo("AUTO");
    }

    @Test
    void shouldDeadLetterUndecodableRecordsAndKeepConsuming() {
        String poisonKey = "poison-" + UUID.randomUUID();
        TestEvents.publishRaw(Topics.ENCOUNTER_DOCUMENTED, poisonKey, "not avro".getBytes(StandardCharsets.UTF_8));
        String next = Encounters.newId();
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, poisonKey, Encounters.cleanEvent(next, "EHR-EPIC"));

        ConsumerRecord<String, byte[]> letter = deadLetter(poisonKey);
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("not avro");
        assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_REASON)).isNotBlank();
        assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_CONSUMER)).isEqualTo(CONSUMER);
        assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_ORIGIN_TOPIC))
                .isEqualTo(Topics.ENCOUNTER_DOCUMENTED);

        EncounterCoded coded = TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class,
                e -> e.getEncounterId().equals(next), WAIT);
        assertThat(coded.getFinalizedBy()).isEqualTo("AUTO");
    }

    @Test
    void shouldDeadLetterAnEventTheApiWouldReject() {
        String id = Encounters.newId();
        EncounterDocumented invalid = Encounters.cleanEvent(id, "EHR-EPIC");
        invalid.setRenderingProviderNpi("1234567890");
        invalid.setProcedures(List.of(Encounters.procedure(1, "Office visit", "99213", List.of(), List.of(42))));
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, id, invalid);
        String next = Encounters.newId();
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, id, Encounters.cleanEvent(next, "EHR-EPIC"));

        ConsumerRecord<String, byte[]> letter = deadLetter(id);
        assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_REASON))
                .contains("renderingProviderNpi")
                .contains("procedures[0].diagnosisSequences")
                .doesNotContain("Zelda");
        assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_CONSUMER)).isEqualTo(CONSUMER);

        TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class, e -> e.getEncounterId().equals(next),
                WAIT);
        assertThat(Encounters.rows(em, "coding_work_item", id)).isZero();
        assertThat(Encounters.rows(em, "documented_encounter", id)).isZero();
    }

    private static ConsumerRecord<String, byte[]> deadLetter(String key) {
        List<ConsumerRecord<String, byte[]>> letters = TestEvents.readRaw(
                Topics.deadLetterOf(Topics.ENCOUNTER_DOCUMENTED), WAIT,
                rs -> rs.stream().anyMatch(r -> key.equals(r.key())));
        return letters.stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no dead letter with key " + key));
    }
}
