package io.revcycle.coding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.revcycle.events.CodedLine;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/** POST /encounters: documentation in, EncounterDocumented and (when clean) EncounterCoded out. */
@QuarkusTest
@TestSecurity(user = "registration-1", roles = { Roles.REGISTRATION, Roles.CODER })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "coding"))
class EncounterResourceTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    @Test
    void shouldCodeCleanEncounterStraightThrough() {
        String id = Encounters.newId();
        given().contentType(ContentType.JSON).body(Encounters.cleanBody(id))
                .when().post("/encounters")
                .then().statusCode(202)
                .header("Location", endsWith("/worklist/" + id))
                .body("encounterId", equalTo(id)).body("status", equalTo("DOCUMENTED"));

        EncounterDocumented documented = TestEvents.awaitEvent(Topics.ENCOUNTER_DOCUMENTED, EncounterDocumented.class,
                e -> e.getEncounterId().equals(id), WAIT);
        assertThat(documented.getSource()).isEqualTo("API");
        assertThat(documented.getPlaceOfService()).isEqualTo("11");
        assertThat(documented.getDateOfService()).isEqualTo(Encounters.DATE_OF_SERVICE);
        assertThat(documented.getDiagnoses()).extracting(d -> d.getSequence() + ":" + d.getCode())
                .containsExactly("20:I10", "10:E11.9");

        EncounterCoded coded = TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class,
                e -> e.getEncounterId().equals(id), WAIT);
        assertThat(coded.getFinalizedBy()).isEqualTo("AUTO");
        assertThat(coded.getContentVersion()).startsWith("content-v");
        assertThat(coded.getOverriddenFindings()).isEmpty();
        assertThat(coded.getPatientId()).isEqualTo(documented.getPatient().getPatientId());
        assertThat(coded.getRenderingProviderNpi()).isEqualTo(Encounters.RENDERING_NPI);
        assertThat(coded.getBillingProviderNpi()).isEqualTo(Encounters.BILLING_NPI);
        assertThat(coded.getPayerId()).isEqualTo("SYNPAYER1");
        assertThat(coded.getMemberId()).isEqualTo("MEM-778899");
        assertThat(coded.getFacilityId()).isEqualTo("FAC-1");
        assertThat(coded.getPlaceOfService()).isEqualTo("11");
        assertThat(coded.getDateOfService()).isEqualTo(Encounters.DATE_OF_SERVICE);
        assertThat(coded.getDiagnosisCodes()).containsExactly("E11.9", "I10");
        assertThat(coded.getLines()).containsExactly(
                CodedLine.newBuilder().setLineNumber(1).setProcedureCode("99213").setModifiers(List.of("25"))
                        .setUnits(1).setDiagnosisPointers(List.of(2, 1)).build(),
                CodedLine.newBuilder().setLineNumber(2).setProcedureCode("83036").setModifiers(List.of())
                        .setUnits(1).setDiagnosisPointers(List.of(1)).build());

        given().get("/worklist/" + id).then().statusCode(200)
                .body("status", equalTo("CODED")).body("finalizedBy", equalTo("AUTO"))
                .body("issues.size()", equalTo(0)).body("source", equalTo("API"));
        given().get("/worklist?status=CODED").then().statusCode(200).body("encounterId", hasItem(id));
    }

    @Test
    void shouldCarryTheEncounterTypeAndTheSubscriberDemographicsToBilling() {
        String id = Encounters.newId();
        Map<String, Object> body = Encounters.cleanBody(id);
        body.put("encounterType", "OUTPATIENT_FACILITY");
        body.put("placeOfService", "22");
        patient(body).put("address", new java.util.HashMap<>(Map.of("line1", "12 Main St", "city", "Springfield",
                "state", "IL", "postalCode", "62701")));

        given().contentType(ContentType.JSON).body(body).when().post("/encounters").then().statusCode(202);

        EncounterDocumented documented = TestEvents.awaitEvent(Topics.ENCOUNTER_DOCUMENTED, EncounterDocumented.class,
                e -> e.getEncounterId().equals(id), WAIT);
        assertThat(documented.getEncounterType()).isEqualTo("OUTPATIENT_FACILITY");
        assertThat(documented.getPatient().getAddress().getPostalCode()).isEqualTo("62701");
        EncounterCoded coded = TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class,
                e -> e.getEncounterId().equals(id), WAIT);
        assertThat(coded.getEncounterType()).isEqualTo("OUTPATIENT_FACILITY");
        assertThat(coded.getPatient().getLastName()).isEqualTo(documented.getPatient().getLastName());
        assertThat(coded.getPatient().getDateOfBirth()).isEqualTo(documented.getPatient().getDateOfBirth());
        assertThat(coded.getPatient().getSex()).isEqualTo(documented.getPatient().getSex());
        assertThat(coded.getPatient().getLine1()).isEqualTo("12 Main St");
        assertThat(coded.getPatient().getCity()).isEqualTo("Springfield");
        assertThat(coded.getPatient().getState()).isEqualTo("IL");
        // the worklist never shows the demographics
        given().get("/worklist/" + id).then().statusCode(200).body(not(containsString("Springfield")));
    }

    @Test
    void shouldGenerateEncounterIdWhenAbsent() {
        String id = given().contentType(ContentType.JSON).body(Encounters.cleanBody(null))
                .when().post("/encounters")
                .then().statusCode(202)
                .body("encounterId", matchesPattern("ENC-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"))
                .extract().path("encounterId");
        TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class, e -> e.getEncounterId().equals(id), WAIT);
    }

    @Test
    void shouldAnswerConflictForAnEncounterDocumentedTwice() {
        String id = Encounters.newId();
        given().contentType(ContentType.JSON).body(Encounters.cleanBody(id)).post("/encounters")
                .then().statusCode(202);
        given().contentType(ContentType.JSON).body(Encounters.cleanBody(id)).post("/encounters")
                .then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409)).body("detail", equalTo("encounter " + id + " was already documented"));

        TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class, e -> e.getEncounterId().equals(id), WAIT);
        assertThat(Encounters.outboxRows(em, Topics.ENCOUNTER_DOCUMENTED, id)).isEqualTo(1);
        assertThat(Encounters.outboxRows(em, Topics.ENCOUNTER_CODED, id)).isEqualTo(1);
    }

    @Test
    void shouldRejectInvalidBodiesWithFieldErrorsAndPublishNothing() {
        List<String> rejected = new ArrayList<>();
        rejected.add(invalid(b -> b.put("renderingProviderNpi", "1234567890"), "renderingProviderNpi"));
        rejected.add(invalid(b -> b.put("billingProviderNpi", "12345"), "billingProviderNpi"));
        rejected.add(invalid(b -> b.put("dateOfService", LocalDate.now().plusDays(2).toString()), "dateOfService"));
        rejected.add(invalid(b -> b.put("diagnoses", List.of()), "diagnoses"));
        rejected.add(invalid(b -> b.put("procedures", List.of()), "procedures"));
        rejected.add(invalid(b -> b.remove("patient"), "patient"));
        rejected.add(invalid(b -> patient(b).put("sex", "X"), "patient.sex"));
        rejected.add(invalid(b -> patient(b).put("dateOfBirth", null), "patient.dateOfBirth"));
        rejected.add(invalid(b -> b.put("placeOfService", "1"), "placeOfService"));
        rejected.add(invalid(b -> b.put("encounterType", "INPATIENT_SOMETHING"), "encounterType"));
        rejected.add(invalid(b -> patient(b).put("address", new java.util.HashMap<>(Map.of("line1", "1 A St",
                "city", "X", "state", "Illinois", "postalCode", "627"))), "patient.address.postalCode"));
        rejected.add(invalid(b -> b.put("payerId", " "), "payerId"));
        // a payer id longer than every downstream column and X12 element takes is refused at the door
        rejected.add(invalid(b -> b.put("payerId", "P".repeat(60)), "payerId"));
        rejected.add(invalid(b -> procedure(b, 0).put("units", 0), "procedures[0].units"));
        rejected.add(invalid(b -> procedure(b, 0).put("units", 100_000_000), "procedures[0].units"));
        rejected.add(invalid(b -> procedure(b, 0).put("diagnosisSequences", List.of(20, 99)),
                "procedures[0].diagnosisSequences"));
        rejected.add(invalid(b -> procedure(b, 1).put("lineNumber", 1), "procedures[1].lineNumber"));
        rejected.add(invalid(b -> diagnosis(b, 1).put("sequence", 20), "diagnoses[1].sequence"));
        rejected.add(invalid(b -> diagnosis(b, 0).put("description", ""), "diagnoses[0].description"));

        String notJson = Encounters.newId();
        given().contentType(ContentType.JSON).body("{\"encounterId\": \"" + notJson + "\", ")
                .post("/encounters").then().statusCode(400).contentType("application/problem+json");
        String unknownField = Encounters.newId();
        Map<String, Object> withTypo = Encounters.cleanBody(unknownField);
        withTypo.put("payer", "SYNPAYER1");
        given().contentType(ContentType.JSON).body(withTypo)
                .post("/encounters").then().statusCode(400).contentType("application/problem+json");
        String badDate = Encounters.newId();
        Map<String, Object> withBadDate = Encounters.cleanBody(badDate);
        withBadDate.put("dateOfService", "2025-13-45");
        given().contentType(ContentType.JSON).body(withBadDate)
                .post("/encounters").then().statusCode(400).contentType("application/problem+json");
        rejected.addAll(List.of(notJson, unknownField, badDate));

        // a valid encounter after them: once it is coded, anything they had published would be handled too
        String marker = Encounters.newId();
        given().contentType(ContentType.JSON).body(Encounters.cleanBody(marker)).post("/encounters")
                .then().statusCode(202);
        TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class, e -> e.getEncounterId().equals(marker),
                WAIT);
        for (String id : rejected) {
            // the outbox is the only way out of this service: no row, nothing published
            assertThat(Encounters.outboxRows(em, Topics.ENCOUNTER_DOCUMENTED, id)).as(id).isZero();
            assertThat(Encounters.rows(em, "documented_encounter", id)).as(id).isZero();
            given().get("/worklist/" + id).then().statusCode(404);
        }
    }

    /** Posts a clean body changed by {@code change}; expects 400 problem+json naming {@code field}. */
    private static String invalid(Consumer<Map<String, Object>> change, String field) {
        String id = Encounters.newId();
        Map<String, Object> body = Encounters.cleanBody(id);
        change.accept(body);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/encounters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> patient(Map<String, Object> body) {
        return (Map<String, Object>) body.get("patient");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> procedure(Map<String, Object> body, int index) {
        List<Map<String, Object>> procedures = (List<Map<String, Object>>) body.get("procedures");
        Map<String, Object> copy = new LinkedHashMap<>(procedures.get(index));
        procedures.set(index, copy);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> diagnosis(Map<String, Object> body, int index) {
        List<Map<String, Object>> diagnoses = (List<Map<String, Object>>) body.get("diagnoses");
        Map<String, Object> copy = new LinkedHashMap<>(diagnoses.get(index));
        diagnoses.set(index, copy);
        return copy;
    }
}
