package io.revcycle.coding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.TestEvents;

/** Coders' worklist: items with issues wait, get recoded and are finalized by a coder. */
@QuarkusTest
@TestSecurity(user = "coder-17", roles = { Roles.CODER, Roles.REGISTRATION })
class WorklistResourceTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    @Test
    void shouldHoldAnEncounterWithAMissingDiagnosisCodeUntilACoderFinalizesIt() {
        String id = Encounters.newId();
        document(Encounters.body(id,
                List.of(Encounters.dx(1, "Type 2 diabetes", "E11.9"), Encounters.dx(2, "Elevated blood pressure", null)),
                List.of(Encounters.proc(1, "Office visit", "99214", List.of(), 1, List.of(1, 2)))));

        JsonPath item = awaitWorkItem(id);
        assertThat(item.getString("status")).isEqualTo("NEEDS_REVIEW");
        assertThat(item.getList("issues", String.class)).containsExactly("diagnosis 2 has no code");
        assertThat(item.getList("diagnosisCodes")).containsExactly("E11.9", null);
        assertThat(item.getString("documentedDiagnoses[1].description")).isEqualTo("Elevated blood pressure");
        assertThat(item.getList("lines.diagnosisPointers")).containsExactly(List.of(1, 2));

        String worklist = given().get("/worklist").then().statusCode(200)
                .body("find { it.encounterId == '" + id + "' }.issues", contains("diagnosis 2 has no code"))
                .body("find { it.encounterId == '" + id + "' }.payerId", equalTo("SYNPAYER1"))
                .extract().asString();
        assertThat(worklist).doesNotContain("Zelda").doesNotContain("Quixotic").doesNotContain("1961-04-12");

        given().contentType(ContentType.JSON).body(Map.of())
                .post("/worklist/" + id + "/finalize")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("diagnosis 2 has no code"));
        given().get("/worklist/" + id).then().body("status", equalTo("NEEDS_REVIEW"))
                .body("finalizedBy", nullValue());

        given().contentType(ContentType.JSON).body(codes(List.of("E11.9", "I10"),
                line(1, "99214", List.of(), 1, List.of(1, 2))))
                .put("/worklist/" + id + "/codes")
                .then().statusCode(200)
                .body("status", equalTo("NEEDS_REVIEW")).body("issues.size()", equalTo(0))
                .body("diagnosisCodes", contains("E11.9", "I10"));

        long byCoderBefore = given().get("/worklist/summary").then().statusCode(200)
                .body("needsReview", greaterThanOrEqualTo(1)).extract().jsonPath().getLong("codedByCoder");
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/worklist/" + id + "/finalize")
                .then().statusCode(200)
                .body("status", equalTo("CODED")).body("finalizedBy", equalTo("coder-17"));

        // same key, same partition: an event wrongly published by the refused finalize would come first
        EncounterCoded coded = TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class,
                e -> e.getEncounterId().equals(id), WAIT);
        assertThat(coded.getFinalizedBy()).isEqualTo("coder-17");
        assertThat(coded.getDiagnosisCodes()).containsExactly("E11.9", "I10");
        assertThat(coded.getLines()).singleElement().satisfies(l -> {
            assertThat(l.getProcedureCode()).isEqualTo("99214");
            assertThat(l.getDiagnosisPointers()).containsExactly(1, 2);
        });
        assertThat(Encounters.outboxRows(em, Topics.ENCOUNTER_CODED, id)).isEqualTo(1);

        given().get("/worklist").then().body("encounterId", not(hasItem(id)));
        assertThat(given().get("/worklist/summary").then().extract().jsonPath().getLong("codedByCoder"))
                .isEqualTo(byCoderBefore + 1);
        given().get("/worklist?status=CODED").then().body("encounterId", hasItem(id));
        given().contentType(ContentType.JSON).body(codes(List.of("I10"), line(1, "99213", List.of(), 1, List.of(1))))
                .put("/worklist/" + id + "/codes")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/worklist/" + id + "/finalize")
                .then().statusCode(409).contentType("application/problem+json");
        given().get("/worklist/" + id).then().body("finalizedBy", equalTo("coder-17"))
                .body("diagnosisCodes", contains("E11.9", "I10"));
    }

    @Test
    @TestSecurity(user = "coder-9", roles = { Roles.CODER, Roles.REGISTRATION })
    void shouldFlagANonBillableCategoryCodeAndLetACoderFixIt() {
        String id = Encounters.newId();
        document(Encounters.body(id, List.of(Encounters.dx(1, "Type 2 diabetes", "E11")),
                List.of(Encounters.proc(1, "Office visit", "99213", List.of(), 1, List.of(1)),
                        Encounters.proc(2, "Annual wellness visit", "G0439", List.of(), 1, List.of(1)))));

        JsonPath item = awaitWorkItem(id);
        assertThat(item.getList("issues", String.class)).containsExactly("E11 is a header code, not billable on "
                + Encounters.DATE_OF_SERVICE + ": use a more specific code such as E11.22, E11.40, E11.42, E11.649, E11.65");
        assertThat(item.getString("findings[0].ruleId")).isEqualTo("ICD_HEADER");
        assertThat(item.getString("findings[0].severity")).isEqualTo("ERROR");
        assertThat(item.getList("findings[0].codes")).containsExactly("E11");
        assertThat(item.getString("findings[0].contentVersion")).startsWith("content-v");

        given().contentType(ContentType.JSON).body(codes(List.of("e11.9 "),
                line(2, "g0439", List.of(), 1, List.of(1)), line(1, "99213", List.of("25"), 1, List.of(1))))
                .put("/worklist/" + id + "/codes")
                .then().statusCode(200).body("issues.size()", equalTo(0))
                .body("diagnosisCodes", contains("E11.9"))
                .body("lines.lineNumber", contains(1, 2))
                .body("lines.procedureCode", contains("99213", "G0439"));
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/worklist/" + id + "/finalize").then().statusCode(200);

        EncounterCoded coded = TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class,
                e -> e.getEncounterId().equals(id), WAIT);
        assertThat(coded.getFinalizedBy()).isEqualTo("coder-9");
        assertThat(coded.getDiagnosisCodes()).containsExactly("E11.9");
        assertThat(coded.getLines()).extracting(l -> l.getLineNumber() + ":" + l.getProcedureCode() + l.getModifiers())
                .containsExactly("1:99213[25]", "2:G0439[]");
    }

    @Test
    void shouldReportEveryIssueOfACodersCodesAndRefuseToFinalizeThem() {
        String id = Encounters.newId();
        document(Encounters.body(id, List.of(Encounters.dx(1, "Back pain", "M54.5")),
                List.of(Encounters.proc(1, "Office visit", "99213", List.of(), 1, List.of(1)))));
        awaitWorkItem(id);

        given().contentType(ContentType.JSON).body(codes(List.of("Z99.99", "I10"),
                line(1, "9921", List.of(), 0, List.of(5)), line(2, "99213", List.of("QQ"), 1, List.of(1))))
                .put("/worklist/" + id + "/codes")
                .then().statusCode(200).body("status", equalTo("NEEDS_REVIEW"))
                .body("issues", contains(
                        "Z99.99 is not a known ICD-10-CM code",
                        "line 1: 9921 is not a well-formed CPT or HCPCS Level II code",
                        "line 2: modifier QQ is unknown",
                        "line 1: units must be >= 1",
                        "line 1: diagnosis pointer 5 is out of range"))
                .body("findings.ruleId", contains("ICD_UNKNOWN", "CPT_FORMAT", "MODIFIER_UNKNOWN", "LINE_LIMITS",
                        "POINTER_RANGE"));

        given().contentType(ContentType.JSON).body(Map.of())
                .post("/worklist/" + id + "/finalize")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("Z99.99 is not a known ICD-10-CM code"))
                .body("detail", containsString("line 2: modifier QQ is unknown"));
        given().get("/worklist/" + id).then().body("status", equalTo("NEEDS_REVIEW"))
                .body("issues.size()", equalTo(5));
        assertThat(Encounters.outboxRows(em, Topics.ENCOUNTER_CODED, id)).isZero();
    }

    @Test
    void shouldRejectMalformedRequestsWithProblems() {
        String id = Encounters.newId();
        document(Encounters.body(id, List.of(Encounters.dx(1, "Cough", null)),
                List.of(Encounters.proc(1, "Office visit", "99212", List.of(), 1, List.of(1)))));
        awaitWorkItem(id);

        badRequest("/worklist/" + id + "/codes", Map.of("diagnosisCodes", List.of("R05.9")), "lines");
        badRequest("/worklist/" + id + "/codes", Map.of("diagnosisCodes", List.of("R05.9"),
                "lines", List.of(Map.of("lineNumber", 1, "procedureCode", "99212", "units", 1))),
                "lines[0].diagnosisPointers");
        given().contentType(ContentType.JSON).body(Map.of("diagnosisCode", List.of("R05.9"), "lines", List.of()))
                .put("/worklist/" + id + "/codes").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[\"R05.9\"]")
                .put("/worklist/" + id + "/codes").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("not json")
                .put("/worklist/" + id + "/codes").then().statusCode(400).contentType("application/problem+json");
        // who finalizes comes from the token: a body naming a coder is refused
        given().contentType(ContentType.JSON).body(Map.of("coder", "someone-else"))
                .post("/worklist/" + id + "/finalize").then().statusCode(400).contentType("application/problem+json");
        given().get("/worklist?status=BOGUS").then().statusCode(400).contentType("application/problem+json");

        given().get("/worklist/" + id).then().statusCode(200)
                .body("issues", contains("diagnosis 1 has no code")).body("diagnosisCodes", contains((Object) null));

        String unknown = Encounters.newId();
        given().get("/worklist/" + unknown).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(codes(List.of("R05.9"), line(1, "99212", List.of(), 1, List.of(1))))
                .put("/worklist/" + unknown + "/codes").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/worklist/" + unknown + "/finalize").then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(Encounters.rows(em, "coding_work_item", unknown)).isZero();
    }

    @Test
    @TestSecurity(user = "auditor-3", roles = Roles.CODING_AUDITOR)
    void shouldLetACodingAuditorReadTheWorklistButNotChangeOrFinalizeIt() {
        String id = Encounters.newId();
        given().get("/worklist").then().statusCode(200);
        given().contentType(ContentType.JSON).body(codes(List.of("R05.9"), line(1, "99212", List.of(), 1, List.of(1))))
                .put("/worklist/" + id + "/codes").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of()).post("/worklist/" + id + "/finalize").then()
                .statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of()).post("/encounters").then().statusCode(403);
    }

    @Test
    @TestSecurity
    void shouldRefuseACallerWithoutAToken() {
        given().get("/worklist").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of()).post("/worklist/x/finalize").then().statusCode(401);
    }

    private static void badRequest(String path, Object body, String field) {
        given().contentType(ContentType.JSON).body(body).put(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    static void document(Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(body).post("/encounters").then().statusCode(202);
    }

    static JsonPath awaitWorkItem(String id) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/worklist/" + id).statusCode() == 200);
        return given().get("/worklist/" + id).then().extract().jsonPath();
    }

    @SafeVarargs
    static Map<String, Object> codes(List<String> diagnosisCodes, Map<String, Object>... lines) {
        return Map.of("diagnosisCodes", diagnosisCodes, "lines", List.of(lines));
    }

    static Map<String, Object> line(int lineNumber, String procedureCode, List<String> modifiers, int units,
            List<Integer> pointers) {
        return Map.of("lineNumber", lineNumber, "procedureCode", procedureCode, "modifiers", modifiers,
                "units", units, "diagnosisPointers", pointers);
    }
}
