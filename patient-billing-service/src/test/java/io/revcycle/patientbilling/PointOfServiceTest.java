package io.revcycle.patientbilling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.EstimatedLine;
import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.events.PatientEstimated;
import io.revcycle.events.PatientShare;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/**
 * Point-of-service collection through the broker: eligibility's PatientEstimated is shown for the encounter before
 * adjudication, a payment taken against it (Idempotency-Key) waits on the encounter, the claim's patient shares then
 * take it, and what exceeds the final share becomes the account's credit. Exact amounts throughout.
 */
@QuarkusTest
@TestSecurity(user = "frontdesk-1", roles = { Roles.REGISTRATION, Roles.PATIENT_ACCOUNTS })
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "patient_billing"))
class PointOfServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void exactNumbers() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void shouldShowTheEstimateBeforeAdjudicationAndApplyThePaymentTakenAgainstItToTheEncountersShare() {
        String patientId = newId("PAT");
        String encounterId = newId("ENC");
        // copay 25.00, 20 %, deductible left 150.00 on 185.00 + 15.00: 150.00 + 25.00 + 2.00 + 3.00 = 180.00
        TestEvents.publish(Topics.PATIENT_ESTIMATED, encounterId, estimate(encounterId, patientId,
                Instant.parse("2026-12-01T09:00:00Z"), "180.00"));

        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/encounters/{id}/estimate", encounterId).then()
                .statusCode(200));
        given().get("/encounters/{id}/estimate", encounterId).then()
                .body("patientId", equalTo(patientId))
                .body("payerId", equalTo("SYNPAYER1"))
                .body("expectedAllowed", equalTo(money("200.00")))
                .body("deductible", equalTo(money("150.00")))
                .body("copay", equalTo(money("25.00")))
                .body("coinsurance", equalTo(money("5.00")))
                .body("patientShare", equalTo(money("180.00")))
                .body("expectedPayerPayment", equalTo(money("20.00")))
                .body("collectedAtPointOfService", equalTo(money("0.00")))
                .body("adjudicated", equalTo(false));

        // 100.00 at the desk, sent twice with one key: taken once
        String key = UUID.randomUUID().toString();
        String body = "{\"amount\": 100.00, \"method\": \"CARD\", \"reference\": \"POS-" + encounterId + "\"}";
        pay(encounterId, key, body).statusCode(201)
                .body("collectedAtPointOfService", equalTo(money("100.00")))
                .body("payments", hasSize(1))
                .body("encounterOwes", equalTo(money("-100.00")))
                .body("accountOwes", equalTo(money("-100.00")));
        pay(encounterId, key, body).statusCode(201).header("Idempotent-Replayed", "true");
        pay(encounterId, key, body.replace("100.00", "90.00")).statusCode(422).contentType(PROBLEM);
        PatientBalanceChanged paid = TestEvents.awaitEvent(Topics.PATIENT_BALANCE_CHANGED,
                PatientBalanceChanged.class, e -> e.getPatientId().equals(patientId), TIMEOUT);
        assertThat(paid.getReason()).isEqualTo("PATIENT_PAYMENT");
        assertThat(paid.getChange()).isEqualTo(money("-100.00"));

        // a newer estimate replaces it; an older one arriving late does not
        TestEvents.publish(Topics.PATIENT_ESTIMATED, encounterId, estimate(encounterId, patientId,
                Instant.parse("2026-12-01T09:05:00Z"), "170.00"));
        TestEvents.publish(Topics.PATIENT_ESTIMATED, encounterId, estimate(encounterId, patientId,
                Instant.parse("2026-12-01T08:00:00Z"), "999.00"));
        String marker = newId("ENC");
        TestEvents.publish(Topics.PATIENT_ESTIMATED, encounterId, estimate(marker, patientId,
                Instant.parse("2026-12-01T08:00:00Z"), "1.00")); // same key: after both in the partition
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/encounters/{id}/estimate", marker).then()
                .statusCode(200));
        given().get("/encounters/{id}/estimate", encounterId).then().body("patientShare", equalTo(money("170.00")));

        // the payer's adjudication: the patient owes 150.00 (deductible) on the encounter, 100.00 of it paid
        ClaimAdjudicated claim = adjudicated(patientId, encounterId, share(1, "99214", "1", "150.00"));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(), claim);
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/encounters/{id}/estimate", encounterId).then()
                .body("adjudicated", equalTo(true))
                .body("encounterOwes", equalTo(money("50.00")))
                .body("accountOwes", equalTo(money("50.00"))));
        given().get("/accounts/{patientId}", patientId).then().statusCode(200)
                .body("balance", equalTo(money("50.00")))
                .body("creditBalance", equalTo(money("0.00")));
    }

    @Test
    void shouldKeepAPrepaymentOnItsEncounterAndTurnWhatExceedsTheFinalShareIntoCredit() {
        String patientId = newId("PAT");
        String older = newId("ENC");
        String encounterId = newId("ENC");
        // an older encounter the patient still owes 30.00 on: the prepayment must not go there
        ClaimAdjudicated first = adjudicated(patientId, older, share(1, "99213", "3", "30.00"));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, first.getClaimId(), first);
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/accounts/{p}", patientId).then().statusCode(200)
                .body("balance", equalTo(money("30.00"))));
        TestEvents.publish(Topics.PATIENT_ESTIMATED, encounterId, estimate(encounterId, patientId,
                Instant.parse("2026-12-02T09:00:00Z"), "180.00"));
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/encounters/{id}/estimate", encounterId).then()
                .statusCode(200));

        pay(encounterId, UUID.randomUUID().toString(), "{\"amount\": 60.00, \"method\": \"CASH\"}").statusCode(201)
                .body("encounterOwes", equalTo(money("-60.00")))
                .body("accountOwes", equalTo(money("-30.00")));
        given().get("/accounts/{p}", patientId).then().body("creditBalance", equalTo(money("0.00")));

        // the final share is 45.00: 15.00 paid too much becomes credit, which pays the older encounter's 30.00 in part
        ClaimAdjudicated claim = adjudicated(patientId, encounterId, share(1, "99214", "3", "25.00"),
                share(1, "99214", "2", "20.00"));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(), claim);
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/encounters/{id}/estimate", encounterId).then()
                .body("adjudicated", equalTo(true))
                .body("encounterOwes", equalTo(money("0.00")))
                .body("accountOwes", equalTo(money("15.00"))));
        given().get("/accounts/{p}", patientId).then()
                .body("balance", equalTo(money("15.00")))
                .body("creditBalance", equalTo(money("0.00")))
                .body("encounters.find { it.encounterId == '" + older + "' }.patientOwes", equalTo(money("15.00")));
    }

    @Test
    void shouldRefuseAPaymentWithoutEstimateKeyOrPositiveAmount() {
        String encounterId = newId("ENC");
        given().get("/encounters/{id}/estimate", encounterId).then().statusCode(404).contentType(PROBLEM);
        pay(encounterId, UUID.randomUUID().toString(), "{\"amount\": 10.00, \"method\": \"CASH\"}").statusCode(404)
                .contentType(PROBLEM);
        String patientId = newId("PAT");
        TestEvents.publish(Topics.PATIENT_ESTIMATED, encounterId, estimate(encounterId, patientId,
                Instant.parse("2026-12-03T09:00:00Z"), "180.00"));
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/encounters/{id}/estimate", encounterId).then()
                .statusCode(200));
        pay(encounterId, UUID.randomUUID().toString(), "{\"amount\": 0.00, \"method\": \"CASH\"}").statusCode(422)
                .contentType(PROBLEM);
        pay(encounterId, UUID.randomUUID().toString(), "{\"amount\": 1.001, \"method\": \"CASH\"}").statusCode(400)
                .contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{\"amount\": 10.00, \"method\": \"CASH\"}")
                .post("/encounters/{id}/point-of-service-payments", encounterId).then().statusCode(400)
                .contentType(PROBLEM);
        given().get("/encounters/{id}/estimate", encounterId).then().body("collectedAtPointOfService",
                equalTo(money("0.00")));
    }

    private static ValidatableResponse pay(String encounterId, String key, String json) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(json)
                .post("/encounters/{id}/point-of-service-payments", encounterId).then();
    }

    /** eligibility-service's estimate for 185.00 + 15.00 (the README's example), with the given patient share. */
    private static PatientEstimated estimate(String encounterId, String patientId, Instant at, String patientShare) {
        BigDecimal share = money(patientShare);
        return PatientEstimated.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(at)
                .setEncounterId(encounterId)
                .setPatientId(patientId)
                .setPayerId("SYNPAYER1")
                .setCheckId("CHK-" + encounterId)
                .setExpectedAllowed(money("200.00"))
                .setDeductible(money("150.00"))
                .setCopay(money("25.00"))
                .setCoinsurance(share.subtract(money("175.00")))
                .setPatientShare(share)
                .setExpectedPayerPayment(money("200.00").subtract(share))
                .setLines(List.of(
                        EstimatedLine.newBuilder().setLineNumber(1).setProcedureCode("99214")
                                .setExpectedAllowed(money("185.00")).setPatientShare(money("177.00")).build(),
                        EstimatedLine.newBuilder().setLineNumber(2).setProcedureCode("36415")
                                .setExpectedAllowed(money("15.00")).setPatientShare(money("3.00")).build()))
                .build();
    }

    private static ClaimAdjudicated adjudicated(String patientId, String encounterId, PatientShare... shares) {
        BigDecimal responsibility = List.of(shares).stream().map(PatientShare::getAmount)
                .reduce(money("0.00"), BigDecimal::add);
        return ClaimAdjudicated.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2026-12-20T08:00:00Z"))
                .setClaimId("CLM-" + encounterId)
                .setEncounterId(encounterId)
                .setPatientId(patientId)
                .setPayerId("SYNPAYER1")
                .setOutcome("PAID")
                .setTotalCharge(money("200.00"))
                .setAllowedAmount(money("200.00"))
                .setPaidAmount(money("200.00").subtract(responsibility))
                .setPatientResponsibility(responsibility)
                .setContractualAdjustment(money("0.00"))
                .setDeniedAmount(money("0.00"))
                .setPatientResponsibilityLines(List.of(shares))
                .build();
    }

    private static PatientShare share(int line, String procedure, String reason, String amount) {
        return PatientShare.newBuilder().setLineNumber(line).setProcedureCode(procedure).setReasonCode(reason)
                .setAmount(money(amount)).build();
    }

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
