package io.revcycle.coding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
import io.revcycle.events.OverriddenFinding;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.TestEvents;

/** Warnings pass straight through or are overridden with a reason; errors block and cannot be overridden. */
@QuarkusTest
@TestSecurity(user = "coder-5", roles = { Roles.CODER, Roles.REGISTRATION })
class FindingsAndOverridesTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    @Test
    void shouldCodeAnEncounterWithOnlyWarningsStraightThroughKeepingTheWarnings() {
        String id = Encounters.newId();
        // the synthetic patient is recorded as F: N40.1 (male only per the MCE) is a warning, not an error
        WorklistResourceTest.document(Encounters.body(id,
                List.of(Encounters.dx(1, "Enlarged prostate with urinary symptoms", "N40.1")),
                List.of(Encounters.proc(1, "Office visit", "99213", List.of(), 1, List.of(1)))));

        EncounterCoded coded = TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class,
                e -> e.getEncounterId().equals(id), WAIT);
        assertThat(coded.getFinalizedBy()).isEqualTo("AUTO");
        assertThat(coded.getOverriddenFindings()).isEmpty();
        assertThat(coded.getContentVersion()).startsWith("content-v");

        JsonPath item = given().get("/worklist/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(item.getString("status")).isEqualTo("CODED");
        assertThat(item.getList("issues")).isEmpty();
        assertThat(item.getList("findings.ruleId")).containsExactly("SEX_CONFLICT");
        assertThat(item.getString("findings[0].severity")).isEqualTo("WARNING");
        assertThat(item.getString("findings[0].id")).isEqualTo("SEX_CONFLICT::N40.1");
        assertThat(item.getString("findings[0].message"))
                .isEqualTo("N40.1 is for male patients; the patient's recorded sex is F");
        assertThat(item.getString("findings[0].contentVersion")).isEqualTo(coded.getContentVersion());
        assertThat(item.getList("overrides")).isEmpty();
    }

    @Test
    void shouldLetACoderOverrideAWarningButNotAnError() {
        String id = Encounters.newId();
        WorklistResourceTest.document(Encounters.body(id,
                List.of(Encounters.dx(1, "Benign prostatic hyperplasia with LUTS", "N40.1"),
                        Encounters.dx(2, "Low back pain", null)),
                List.of(Encounters.proc(1, "Office visit", "99214", List.of(), 1, List.of(1, 2)))));
        JsonPath item = WorklistResourceTest.awaitWorkItem(id);
        assertThat(item.getList("findings.ruleId")).containsExactly("DX_MISSING", "SEX_CONFLICT");
        assertThat(item.getList("issues")).containsExactly("diagnosis 2 has no code");
        // the uncoded "Low back pain" gets candidates from the content in force on the date of service
        assertThat(item.getInt("suggestions[0].sequence")).isEqualTo(2);
        assertThat(item.getList("suggestions[0].candidates.code")).containsExactly("M54.50", "M54.51", "M54.59");
        assertThat(item.getString("suggestions[0].candidates[0].reason")).isEqualTo("matched words: low, back, pain");

        finalize(id, List.of(Map.of("ruleId", "DX_MISSING", "reason", "coder knows best")))
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("DX_MISSING is an error and cannot be overridden: diagnosis 2 has no code"));

        given().contentType(ContentType.JSON).body(WorklistResourceTest.codes(List.of("N40.1", "M54.50"),
                WorklistResourceTest.line(1, "99214", List.of(), 1, List.of(1, 2))))
                .put("/worklist/" + id + "/codes").then().statusCode(200)
                .body("issues.size()", equalTo(0)).body("findings.ruleId", equalTo(List.of("SEX_CONFLICT")));

        finalize(id, List.of(Map.of("ruleId", "NCCI_PTP", "reason", "none")))
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("override NCCI_PTP matches no current finding"));
        finalize(id, List.of(Map.of("ruleId", "SEX_CONFLICT", "reason", " ")))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("overrides[0].reason"));
        given().get("/worklist/" + id).then().body("status", equalTo("NEEDS_REVIEW"));
        assertThat(Encounters.outboxRows(em, Topics.ENCOUNTER_CODED, id)).isZero();

        String reason = "patient's recorded sex differs from anatomy; documented by the provider";
        finalize(id, List.of(Map.of("findingId", "SEX_CONFLICT::N40.1", "reason", reason)))
                .then().statusCode(200).body("status", equalTo("CODED"))
                .body("overrides[0].ruleId", equalTo("SEX_CONFLICT"))
                .body("overrides[0].reason", equalTo(reason))
                .body("overrides[0].overriddenBy", equalTo("coder-5"));

        EncounterCoded coded = TestEvents.awaitEvent(Topics.ENCOUNTER_CODED, EncounterCoded.class,
                e -> e.getEncounterId().equals(id), WAIT);
        assertThat(coded.getFinalizedBy()).isEqualTo("coder-5");
        assertThat(coded.getContentVersion()).startsWith("content-v");
        assertThat(coded.getOverriddenFindings()).containsExactly(OverriddenFinding.newBuilder()
                .setRuleId("SEX_CONFLICT").setSeverity("WARNING")
                .setMessage("N40.1 is for male patients; the patient's recorded sex is F")
                .setCodes(List.of("N40.1")).setLineNumbers(List.of()).setReason(reason).setOverriddenBy("coder-5")
                .build());
        JsonPath finalized = given().get("/worklist/" + id).then().extract().jsonPath();
        assertThat(finalized.getString("overrides[0].overriddenAt")).isNotBlank();
        assertThat(finalized.getList("suggestions")).isEmpty();
    }

    @Test
    void shouldHoldAnNcciPairAndAPolicyMueOnTheWorklist() {
        String id = Encounters.newId();
        WorklistResourceTest.document(Encounters.body(id, List.of(Encounters.dx(1, "Abnormal ECG", "R94.31")),
                List.of(Encounters.proc(1, "ECG with interpretation", "93000", List.of(), 1, List.of(1)),
                        Encounters.proc(2, "ECG interpretation", "93010", List.of("59"), 1, List.of(1)),
                        Encounters.proc(3, "Comprehensive metabolic panel", "80053", List.of(), 2, List.of(1)))));
        JsonPath item = WorklistResourceTest.awaitWorkItem(id);
        assertThat(item.getString("status")).isEqualTo("NEEDS_REVIEW");
        assertThat(item.getList("findings.ruleId")).containsExactly("NCCI_PTP", "MUE_UNITS");
        assertThat(item.getList("findings[0].lineNumbers")).containsExactly(1, 2);
        assertThat(item.getList("findings[1].codes")).containsExactly("80053");
        finalize(id, List.of()).then().statusCode(422)
                .body("detail", containsString("93010 is not paid with 93000"));
    }

    /** Finalizes as the test's caller (coder-5): the body carries only the overrides. */
    private static io.restassured.response.Response finalize(String id, List<Map<String, Object>> overrides) {
        return given().contentType(ContentType.JSON).body(Map.of("overrides", overrides))
                .post("/worklist/" + id + "/finalize");
    }
}
