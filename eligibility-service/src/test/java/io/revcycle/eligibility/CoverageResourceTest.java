package io.revcycle.eligibility;

import static io.restassured.RestAssured.given;
import static io.revcycle.eligibility.TestData.coverage;
import static io.revcycle.eligibility.TestData.createCoverage;
import static io.revcycle.eligibility.TestData.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;

/** The coverages API: what it stores, and that bad input is answered with problem+json and stores nothing. */
@QuarkusTest
@TestSecurity(user = "registration-1", roles = { Roles.REGISTRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "eligibility"))
class CoverageResourceTest {

    @BeforeEach
    void exactNumbers() {
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void shouldStoreCoverageAndServeItByIdAndByMember() {
        String patientId = id("PAT");
        String memberId = id("MBR");
        Map<String, Object> body = coverage(patientId, memberId, "2026-01-01", "2026-12-31");
        body.put("coverageId", "COV-" + patientId);

        given().contentType(ContentType.JSON).body(body)
                .when().post("/coverages")
                .then().statusCode(201)
                .header("Location", endsWith("/coverages/COV-" + patientId))
                .body("coverageId", equalTo("COV-" + patientId));

        given().when().get("/coverages/COV-" + patientId)
                .then().statusCode(200)
                .body("patientId", equalTo(patientId))
                .body("payerId", equalTo("SYNPAYER1"))
                .body("payerName", equalTo("Synthetic Health Plan"))
                .body("memberId", equalTo(memberId))
                .body("planName", equalTo("Synthetic PPO Gold"))
                .body("effectiveFrom", equalTo("2026-01-01"))
                .body("effectiveTo", equalTo("2026-12-31"))
                .body("copay", equalTo(new BigDecimal("25.00")))
                .body("coinsurancePercent", equalTo(new BigDecimal("20.00")))
                .body("deductibleRemaining", equalTo(new BigDecimal("150.00")));

        given().queryParam("payerId", "SYNPAYER1").queryParam("memberId", memberId)
                .when().get("/coverages")
                .then().statusCode(200)
                .body("coverageId", containsInAnyOrder("COV-" + patientId));
    }

    @Test
    void shouldGenerateIdAndScaleAmountsWhenAbsent() {
        String patientId = id("PAT");
        Map<String, Object> body = coverage(patientId, id("MBR"), "2026-01-01", null);
        body.put("copay", 30);
        body.put("coinsurancePercent", 0);
        body.put("deductibleRemaining", 1000.5);

        String coverageId = createCoverage(body);

        assertThat(coverageId).startsWith("COV-");
        given().queryParam("patientId", patientId)
                .when().get("/coverages")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].coverageId", equalTo(coverageId))
                .body("[0].effectiveTo", nullValue())
                .body("[0].copay", equalTo(new BigDecimal("30.00")))
                .body("[0].coinsurancePercent", equalTo(new BigDecimal("0.00")))
                .body("[0].deductibleRemaining", equalTo(new BigDecimal("1000.50")));
    }

    @Test
    void shouldRejectInvalidCoverageWithFieldErrorsAndStoreNothing() {
        String patientId = id("PAT");
        Map<String, Object> body = coverage(patientId, id("MBR"), "2026-06-01", "2026-05-31");
        body.put("coverageId", "COV-" + patientId);
        body.put("copay", new BigDecimal("-1.00"));
        body.put("coinsurancePercent", new BigDecimal("100.01"));
        body.put("deductibleRemaining", new BigDecimal("10.005"));
        body.remove("memberId");
        body.remove("planName");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/coverages")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", containsInAnyOrder("effectiveTo", "copay", "coinsurancePercent",
                        "deductibleRemaining", "memberId", "planName"));

        given().when().get("/coverages/COV-" + patientId).then().statusCode(404);
        given().queryParam("patientId", patientId).when().get("/coverages")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void shouldRejectMissingFieldsAndMalformedBodies() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/coverages")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("patientId", "payerId", "memberId", "planName",
                        "effectiveFrom", "copay", "coinsurancePercent", "deductibleRemaining"));

        given().contentType(ContentType.JSON).body("{\"effectiveFrom\": \"2026-13-45\"}")
                .when().post("/coverages")
                .then().statusCode(400)
                .contentType("application/problem+json");

        given().contentType(ContentType.JSON).body("{ not json")
                .when().post("/coverages")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerConflictForAnExistingCoverageIdAndKeepTheOriginal() {
        String patientId = id("PAT");
        Map<String, Object> body = coverage(patientId, id("MBR"), "2026-01-01", null);
        body.put("coverageId", "COV-" + patientId);
        createCoverage(body);

        body.put("planName", "Another plan");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/coverages")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));

        given().when().get("/coverages/COV-" + patientId)
                .then().statusCode(200).body("planName", equalTo("Synthetic PPO Gold"));
    }

    @Test
    void shouldAnswerOneCreatedAndConflictsNeverAServerErrorForConcurrentRegistrationsOfOneId() throws Exception {
        String patientId = id("PAT");
        Map<String, Object> body = coverage(patientId, id("MBR"), "2026-01-01", null);
        body.put("coverageId", "COV-RACE-" + patientId);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> given().contentType(ContentType.JSON).body(body)
                        .when().post("/coverages").then().extract().statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var a : answers) {
                statuses.add(a.get());
            }
            assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldAnswerNotFoundProblemForUnknownIds() {
        given().when().get("/coverages/COV-does-not-exist")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/coverages/COV-does-not-exist"));

        given().when().get("/eligibility-checks/ENC-does-not-exist")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not Found"));

        given().contentType(ContentType.JSON).body("{\"effectiveTo\": \"2026-06-30\"}")
                .when().put("/coverages/COV-does-not-exist/termination")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRequirePatientOrPayerAndMemberToList() {
        given().when().get("/coverages")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("payerId", "SYNPAYER1").when().get("/coverages")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldTerminateCoverageButNeverBeforeItStartsNorExtendIt() {
        String coverageId = createCoverage(coverage(id("PAT"), id("MBR"), "2026-01-01", null));

        given().contentType(ContentType.JSON).body("{\"effectiveTo\": \"2026-06-30\"}")
                .when().put("/coverages/" + coverageId + "/termination")
                .then().statusCode(200)
                .body("effectiveTo", equalTo("2026-06-30"));

        for (String invalid : List.of("2025-12-31", "2026-07-31")) {
            given().contentType(ContentType.JSON).body("{\"effectiveTo\": \"" + invalid + "\"}")
                    .when().put("/coverages/" + coverageId + "/termination")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", startsWith("Coverage " + coverageId));
        }
        given().contentType(ContentType.JSON).body("{}")
                .when().put("/coverages/" + coverageId + "/termination")
                .then().statusCode(400)
                .body("errors.field", hasItem("effectiveTo"));

        given().when().get("/coverages/" + coverageId)
                .then().statusCode(200).body("effectiveTo", equalTo("2026-06-30"));
    }
}
