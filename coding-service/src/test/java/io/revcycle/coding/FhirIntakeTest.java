package io.revcycle.coding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.revcycle.coding.fhir.SampleBundles;
import io.revcycle.events.CodedIcdProcedure;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/** POST /fhir: the docs/fhir sample bundles through the real broker into work items; invalid bundles; repeats. */
@QuarkusTest
@TestSecurity(user = "integration-17", roles = { Roles.INTEGRATION, Roles.CODER })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "coding"))
class FhirIntakeTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String FHIR_JSON = "application/fhir+json";

    @Inject
    EntityManager em;

    @Test
    void shouldCodeTheProfessionalSampleStraightThroughWithItsNote() {
        String id = newId();
        post(SampleBundles.withIds(SampleBundles.PROFESSIONAL, id, newPatient()))
                .then().statusCode(200).contentType(FHIR_JSON)
                .body("resourceType", equalTo("Bundle")).body("type", equalTo("transaction-response"))
                .body("entry[0].response.status", equalTo("201 Created"))
                .body("entry[0].response.location", equalTo("/worklist/" + id));

        EncounterDocumented documented = TestEvents.awaitEvent(Topics.ENCOUNTER_DOCUMENTED, EncounterDocumented.class,
                e -> e.getEncounterId().equals(id), WAIT);
        assertThat(documented.getSource()).isEqualTo("FHIR");
        assertThat(documented.getEncounterType()).isEqualTo("PROFESSIONAL");
        assertThat(documented.getSpecialty()).isEqualTo("207Q00000X");
        assertThat(documented.getNoteText()).startsWith("Follow-up visit for type 2 diabetes");
        TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class, e -> e.getEncounterId().equals(id), WAIT);

        JsonPath item = awaitWorkItem(id);
        assertThat(item.getString("status")).isEqualTo("CODED");
        assertThat(item.getString("source")).isEqualTo("FHIR");
        assertThat(item.getString("encounterType")).isEqualTo("PROFESSIONAL");
        assertThat(item.getString("placeOfService")).isEqualTo("11");
        assertThat(item.getList("diagnosisCodes")).containsExactly("E11.9", "I10");
        assertThat(item.getList("lines.procedureCode")).containsExactly("99214", "83036");
        assertThat(item.getString("noteText")).contains("A1c drawn today");
    }

    @Test
    void shouldCodeTheOutpatientFacilitySampleAsAFacilityEncounter() {
        String id = newId();
        post(SampleBundles.withIds(SampleBundles.OUTPATIENT_FACILITY, id, newPatient())).then().statusCode(200);

        EncounterCoded coded = TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class,
                e -> e.getEncounterId().equals(id), WAIT);
        assertThat(coded.getEncounterType()).isEqualTo("OUTPATIENT_FACILITY");
        assertThat(coded.getPlaceOfService()).isEqualTo("23");
        assertThat(coded.getFacilityId()).isEqualTo("FAC-HOSP-1-ED");
        assertThat(coded.getDiagnosisCodes()).containsExactly("R07.9");
        assertThat(coded.getLines()).extracting(l -> l.getProcedureCode()).containsExactly("99284", "71046", "93000");
        assertThat(coded.getIcdProcedures()).isEmpty();
        // the ChargeItems' NUBC revenue codes on the Procedures they charge; the ECG's is the chargemaster's
        assertThat(coded.getLines()).extracting(l -> l.getRevenueCode()).containsExactly("0450", "0324", null);
        assertThat(awaitWorkItem(id).getString("noteText")).contains("Assessment: Chest pain, unspecified");

        // a revenue code that is not 4 digits, and one charging the Patient instead of a Procedure: 400, nothing kept
        String bad = newId();
        ObjectNode bundle = SampleBundles.tree(SampleBundles.OUTPATIENT_FACILITY);
        ((ObjectNode) SampleBundles.resource(bundle, "Encounter", 0).withArray("identifier").get(0)).put("value", bad);
        ((ObjectNode) SampleBundles.resource(bundle, "ChargeItem", 0).get("code").get("coding").get(0))
                .put("code", "450");
        ((ObjectNode) SampleBundles.resource(bundle, "ChargeItem", 1).withArray("service").get(0))
                .put("reference", "Patient/pat-2002");
        JsonPath outcome = post(bundle.toString()).then().statusCode(400).extract().jsonPath();
        assertThat(outcome.getList("issue.expression.flatten()", String.class)).containsExactlyInAnyOrder(
                expression(bundle, "ChargeItem", 0, "code"), expression(bundle, "ChargeItem", 1, "service[0]"));
        assertThat(Encounters.rows(em, "documented_encounter", bad)).isZero();
    }

    @Test
    void shouldCarryTheRevenueCodesTheCoderConfirmedOrChoseIntoEncounterCoded() {
        String id = newId();
        Map<String, Object> xray = Encounters.proc(2, "Chest x-ray, 2 views", "71046", List.of(), 1, List.of(1));
        Map<String, Object> visit = Encounters.proc(1, "Emergency department visit", "99284", List.of(), 1, List.of(1));
        visit.put("revenueCode", "0450");
        Map<String, Object> body = Encounters.body(id, List.of(Encounters.dx(1, "Chest pain", null)),
                List.of(visit, xray));
        body.put("encounterType", "OUTPATIENT_FACILITY");
        body.put("placeOfService", "23");
        given().contentType(ContentType.JSON).body(body).post("/encounters").then().statusCode(202);
        assertThat(awaitWorkItem(id).getList("lines.revenueCode")).as("held: diagnosis 1 has no code")
                .containsExactly("0450", null);

        // line 1 keeps its revenue code, line 2 gets one (null = the chargemaster's in claims-service)
        given().contentType(ContentType.JSON).body(Map.of("diagnosisCodes", List.of("R07.9"), "lines", List.of(
                Map.of("lineNumber", 1, "procedureCode", "99284", "units", 1, "diagnosisPointers", List.of(1)),
                Map.of("lineNumber", 2, "procedureCode", "71046", "units", 1, "diagnosisPointers", List.of(1),
                        "revenueCode", "0324"))))
                .put("/worklist/" + id + "/codes").then().statusCode(200)
                .body("lines.revenueCode", equalTo(List.of("0450", "0324")));
        given().contentType(ContentType.JSON).body(Map.of()).post("/worklist/" + id + "/finalize")
                .then().statusCode(200).body("status", equalTo("CODED"));
        EncounterCoded coded = TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class,
                e -> e.getEncounterId().equals(id), WAIT);
        assertThat(coded.getLines()).extracting(l -> l.getRevenueCode()).containsExactly("0450", "0324");

        Map<String, Object> professional = Encounters.body(newId(), List.of(Encounters.dx(1, "Chest pain", "R07.9")),
                List.of(visit));
        given().contentType(ContentType.JSON).body(professional).post("/encounters").then().statusCode(400)
                .body("errors.field", hasItem("procedures[0].revenueCode"));
    }

    @Test
    void shouldHoldTheInpatientSampleForAFacilityCoderAndCarryPoaAndIcd10PcsIntoEncounterCoded() {
        String id = newId();
        post(SampleBundles.withIds(SampleBundles.INPATIENT, id, newPatient())).then().statusCode(200);

        JsonPath item = awaitWorkItem(id);
        assertThat(item.getString("status")).as("an inpatient stay always goes to a coder").isEqualTo("NEEDS_REVIEW");
        assertThat(item.getList("issues")).isEmpty();
        assertThat(item.getString("encounterType")).isEqualTo("INPATIENT");
        assertThat(item.getString("admissionDate")).isEqualTo("2026-11-10");
        assertThat(item.getString("dischargeDate")).isEqualTo("2026-11-14");
        assertThat(item.getString("dateOfService")).isEqualTo("2026-11-14");
        assertThat(item.getString("dischargeDisposition")).isEqualTo("01");
        assertThat(List.of(item.getString("admissionType"), item.getString("admissionSource"))).containsExactly("1", "4");
        assertThat(item.getList("diagnosisCodes")).containsExactly("J18.9", "J44.1", "E87.6");
        assertThat(item.getList("diagnosisPresentOnAdmission")).containsExactly("Y", "Y", "N");
        assertThat(item.getList("icdProcedures.code")).containsExactly("5A1945Z", "0BH17EZ");
        assertThat(item.getList("lines")).isEmpty();
        assertThat(item.getString("noteText")).contains("mechanically ventilated");

        // a 7-character ICD-10-PCS code is a code the coder can put on the item; a malformed one is an error
        given().contentType(ContentType.JSON).body(Map.of("diagnosisCodes", List.of("J18.9", "J44.1", "E87.6"),
                "lines", List.of(), "diagnosisPresentOnAdmission", List.of("Y", "Y", "N"),
                "icdProcedures", List.of(Map.of("code", "5A1945", "performedDate", "2026-11-10"))))
                .put("/worklist/" + id + "/codes").then().statusCode(200)
                .body("issues", equalTo(List.of("ICD-10-PCS procedure 1: 5A1945 is not a well-formed ICD-10-PCS code "
                        + "(7 characters, digits and letters except I and O)")));
        given().contentType(ContentType.JSON).body(Map.of("diagnosisCodes", List.of("J18.9", "J44.1", "E87.6"),
                "lines", List.of(), "diagnosisPresentOnAdmission", List.of("Y", "Y", "N"),
                "icdProcedures", List.of(Map.of("code", "5a1955z", "performedDate", "2026-11-10"),
                        Map.of("code", "0BH17EZ", "performedDate", "2026-11-10"))))
                .put("/worklist/" + id + "/codes").then().statusCode(200).body("issues.size()", equalTo(0))
                .body("icdProcedures.code", equalTo(List.of("5A1955Z", "0BH17EZ")));
        given().contentType(ContentType.JSON).body(Map.of()).post("/worklist/" + id + "/finalize")
                .then().statusCode(200).body("status", equalTo("CODED"));

        EncounterCoded coded = TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class,
                e -> e.getEncounterId().equals(id), WAIT);
        assertThat(coded.getEncounterType()).isEqualTo("INPATIENT");
        assertThat(coded.getDiagnosisCodes()).containsExactly("J18.9", "J44.1", "E87.6");
        assertThat(coded.getDiagnosisPresentOnAdmission()).containsExactly("Y", "Y", "N");
        assertThat(coded.getIcdProcedures()).containsExactly(
                new CodedIcdProcedure("5A1955Z", LocalDate.of(2026, 11, 10)),
                new CodedIcdProcedure("0BH17EZ", LocalDate.of(2026, 11, 10)));
        assertThat(coded.getAdmissionDate()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(coded.getDischargeDate()).isEqualTo(LocalDate.of(2026, 11, 14));
        assertThat(coded.getDischargeDisposition()).isEqualTo("01");
        assertThat(List.of(coded.getAdmissionType(), coded.getAdmissionSource())).as("837I CL101/CL102")
                .containsExactly("1", "4");
        assertThat(coded.getPlaceOfService()).isEqualTo("21");
        assertThat(coded.getFinalizedBy()).isEqualTo("integration-17");
    }

    @Test
    void shouldAnswerAnInvalidBundleWithEveryProblemAndStoreNothing() {
        String id = newId();
        ObjectNode bundle = SampleBundles.tree(SampleBundles.INPATIENT);
        ((ObjectNode) SampleBundles.resource(bundle, "Encounter", 0).withArray("identifier").get(0)).put("value", id);
        SampleBundles.resource(bundle, "Condition", 2).putObject("subject").put("reference", "urn:uuid:nobody");
        ((ObjectNode) SampleBundles.resource(bundle, "Condition", 1).get("code").get("coding").get(0))
                .put("system", "http://hl7.org/fhir/sid/icd-9-cm");
        SampleBundles.resource(bundle, "Patient", 0).put("birthDate", "2099-01-01");
        SampleBundles.resource(bundle, "Procedure", 0).put("performedDateTime", "2026-12-25");

        JsonPath outcome = post(bundle.toString()).then().statusCode(400).contentType(FHIR_JSON)
                .body("resourceType", equalTo("OperationOutcome")).extract().jsonPath();

        assertThat(outcome.getList("issue.severity")).containsOnly("error");
        assertThat(outcome.getList("issue.expression.flatten()", String.class)).containsExactlyInAnyOrder(
                expression(bundle, "Patient", 0, "birthDate"),
                expression(bundle, "Condition", 1, "code.coding[0].system"),
                expression(bundle, "Condition", 2, "subject"),
                expression(bundle, "Procedure", 0, "performedDateTime"),
                expression(bundle, "Procedure", 0, "performed[x]"));
        assertThat(Encounters.rows(em, "documented_encounter", id)).isZero();
        assertThat(Encounters.rows(em, "coding_work_item", id)).isZero();
        assertThat(Encounters.outboxRows(em, Topics.ENCOUNTER_DOCUMENTED, id)).isZero();
    }

    @Test
    void shouldAnswerABundleWithoutPatientAndOneWithABadNpiWith400() {
        ObjectNode bundle = SampleBundles.tree(SampleBundles.PROFESSIONAL);
        ((ArrayNode) bundle.get("entry")).remove(SampleBundles.indexOf(bundle, "Patient", 0));
        post(bundle.toString()).then().statusCode(400).body("issue[0].expression[0]", equalTo("Bundle.entry"))
                .body("issue[0].diagnostics", equalTo("a Patient is required"));

        String id = newId();
        ObjectNode badNpi = SampleBundles.tree(SampleBundles.PROFESSIONAL);
        ((ObjectNode) SampleBundles.resource(badNpi, "Encounter", 0).withArray("identifier").get(0)).put("value", id);
        ((ObjectNode) SampleBundles.resource(badNpi, "Practitioner", 0).withArray("identifier").get(0))
                .put("value", "1234567890");
        post(badNpi.toString()).then().statusCode(400)
                .body("issue[0].expression[0]", equalTo("Practitioner.identifier(NPI) (renderingProviderNpi)"));
        assertThat(Encounters.rows(em, "documented_encounter", id)).isZero();
    }

    @Test
    void shouldCreateOneEncounterWhenTheSameBundleIsPostedTwice() {
        String id = newId();
        String bundle = SampleBundles.withIds(SampleBundles.PROFESSIONAL, id, newPatient());
        post(bundle).then().statusCode(200).body("entry[0].response.status", equalTo("201 Created"));
        awaitWorkItem(id);

        // the same bundle, formatted differently: nothing new
        post(reformat(bundle))
                .then().statusCode(200).body("entry[0].response.status", equalTo("200 OK"));
        assertThat(Encounters.rows(em, "documented_encounter", id)).isEqualTo(1);
        assertThat(Encounters.rows(em, "coding_work_item", id)).isEqualTo(1);
        assertThat(Encounters.outboxRows(em, Topics.ENCOUNTER_DOCUMENTED, id)).isEqualTo(1);

        // other documentation under the same encounter id is a conflict, not silently dropped
        ObjectNode changed = SampleBundles.tree(SampleBundles.PROFESSIONAL);
        ((ObjectNode) SampleBundles.resource(changed, "Encounter", 0).withArray("identifier").get(0)).put("value", id);
        ((ObjectNode) SampleBundles.resource(changed, "Condition", 1).get("code")).put("text", "Hypertension, other wording");
        post(changed.toString()).then().statusCode(409).contentType(FHIR_JSON)
                .body("issue[0].code", equalTo("conflict"));
        assertThat(Encounters.outboxRows(em, Topics.ENCOUNTER_DOCUMENTED, id)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "coder-17", roles = Roles.CODER)
    void shouldRefuseACoderPostingABundle() {
        post(SampleBundles.withIds(SampleBundles.PROFESSIONAL, newId(), newPatient())).then().statusCode(403);
    }

    private static io.restassured.response.Response post(String bundle) {
        return given().contentType(FHIR_JSON).body(bundle).when().post("/fhir");
    }

    private static String reformat(String bundle) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(bundle).toPrettyString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String expression(ObjectNode bundle, String type, int nth, String path) {
        return "Bundle.entry[" + SampleBundles.indexOf(bundle, type, nth) + "].resource." + path;
    }

    private static String newId() {
        return "ENC-FHIR-T-" + UUID.randomUUID();
    }

    private static String newPatient() {
        return "PAT-FHIR-T-" + UUID.randomUUID();
    }

    static JsonPath awaitWorkItem(String id) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/worklist/" + id).statusCode() == 200);
        return given().get("/worklist/" + id).then().extract().jsonPath();
    }
}
