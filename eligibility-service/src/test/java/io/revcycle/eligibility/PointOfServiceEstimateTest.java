package io.revcycle.eligibility;

import static io.restassured.RestAssured.given;
import static io.revcycle.eligibility.TestData.coverage;
import static io.revcycle.eligibility.TestData.createCoverage;
import static io.revcycle.eligibility.TestData.encounter;
import static io.revcycle.eligibility.TestData.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.revcycle.events.EstimatedLine;
import io.revcycle.events.PatientEstimated;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.TestEvents;

/** An encounter's estimate is announced as PatientEstimated (for patient billing's point-of-service collection). */
@QuarkusTest
@TestSecurity(user = "registration-1", roles = { Roles.REGISTRATION })
class PointOfServiceEstimateTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @BeforeEach
    void exactNumbers() {
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void shouldAnnounceAnEncountersEstimateWithExactAmounts() {
        String patientId = id("PAT");
        String memberId = id("MBR");
        createCoverage(coverage(patientId, memberId, "2026-01-01", null)); // copay 25.00, 20 %, deductible left 150.00
        String encounterId = id("ENC");
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId,
                encounter(encounterId, patientId, memberId, LocalDate.of(2026, 3, 15)));
        String checkId = Awaitility.await().atMost(TIMEOUT).until(() -> {
            var r = given().get("/eligibility-checks/" + encounterId);
            return r.statusCode() == 200 ? r.jsonPath().getString("checkId") : null;
        }, c -> c != null);

        // line 1 185.00: deductible 150.00, copay 25.00, 20 % of 10.00 = 2.00; line 2 15.00: 20 % = 3.00
        given().contentType(ContentType.JSON).body(Map.of("lines", List.of(
                        Map.of("procedureCode", "99214", "charge", "185.00"),
                        Map.of("procedureCode", "36415", "charge", "15.00", "expectedAllowed", "15.00"))))
                .when().post("/eligibility/checks/" + checkId + "/estimate")
                .then().statusCode(200)
                .body("patientShare", equalTo(new BigDecimal("180.00")));

        PatientEstimated e = TestEvents.awaitEvent(Topics.PATIENT_ESTIMATED, PatientEstimated.class,
                x -> x.getEncounterId().equals(encounterId), TIMEOUT);
        assertThat(e.getPatientId()).isEqualTo(patientId);
        assertThat(e.getPayerId()).isEqualTo("SYNPAYER1");
        assertThat(e.getCheckId()).isEqualTo(checkId);
        assertThat(e.getExpectedAllowed()).isEqualTo(new BigDecimal("200.00"));
        assertThat(e.getDeductible()).isEqualTo(new BigDecimal("150.00"));
        assertThat(e.getCopay()).isEqualTo(new BigDecimal("25.00"));
        assertThat(e.getCoinsurance()).isEqualTo(new BigDecimal("5.00"));
        assertThat(e.getPatientShare()).isEqualTo(new BigDecimal("180.00"));
        assertThat(e.getExpectedPayerPayment()).isEqualTo(new BigDecimal("20.00"));
        assertThat(e.getLines()).extracting(EstimatedLine::getLineNumber, EstimatedLine::getProcedureCode,
                EstimatedLine::getExpectedAllowed, EstimatedLine::getPatientShare)
                .containsExactly(tuple(1, "99214", new BigDecimal("185.00"), new BigDecimal("177.00")),
                        tuple(2, "36415", new BigDecimal("15.00"), new BigDecimal("3.00")));
    }
}
