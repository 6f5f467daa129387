package io.revcycle.patientbilling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

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
import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.events.PatientShare;
import io.revcycle.events.PaymentPlanChanged;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/**
 * A payment plan renegotiated (new terms from what the account owes now, the old plan closed with the reason) and
 * then cancelled, through the real service, database and broker: each step a PaymentPlanChanged, Idempotency-Key on
 * both mutations, only an active plan changes.
 */
@QuarkusTest
@TestSecurity(user = "clerk-1", roles = { Roles.PATIENT_ACCOUNTS })
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "patient_billing"))
class PaymentPlanChangesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @BeforeAll
    static void exactNumbers() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void shouldRenegotiateAPlanFromTheRemainingBalanceThenCancelItWithAReason() {
        String patient = "PAT-R" + suffix();
        adjudicate(patient, "300.00");
        String oldPlan = given().contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body("{\"patientId\": \"" + patient + "\", \"installmentAmount\": 100.00}").post("/payment-plans")
                .then().statusCode(201).extract().path("planId");
        given().contentType(ContentType.JSON).body("{\"amount\": 100.00, \"method\": \"CARD\"}")
                .header("Idempotency-Key", key()).post("/accounts/{p}/payments", patient).then().statusCode(201);
        plan(oldPlan, "INSTALLMENT_PAID");
        adjudicate(patient, "50.00"); // billed since the plan was made: 200.00 left on the plan + 50.00 = 250.00

        // new terms: 250.00 in installments of 60.00 = 60, 60, 60, 60, 10
        String terms = "{\"installmentAmount\": 60.00, \"firstDueDate\": \"2099-01-15\", "
                + "\"reason\": \"Guarantor's hours cut: lower installments\"}";
        String renegotiationKey = key();
        String newPlan = renegotiate(oldPlan, renegotiationKey, terms).statusCode(201)
                .body("total", equalTo(money("250.00"))).body("status", equalTo("ACTIVE"))
                .body("replacesPlanId", equalTo(oldPlan))
                .body("installments.amount", contains(money("60.00"), money("60.00"), money("60.00"),
                        money("60.00"), money("10.00")))
                .body("installments.dueDate", contains("2099-01-15", "2099-02-15", "2099-03-15", "2099-04-15",
                        "2099-05-15"))
                .extract().path("planId");
        given().get("/payment-plans/{id}", oldPlan).then().statusCode(200).body("status", equalTo("RENEGOTIATED"))
                .body("endReason", equalTo("Guarantor's hours cut: lower installments"))
                .body("replacedByPlanId", equalTo(newPlan)).body("remaining", equalTo(money("200.00")));
        PaymentPlanChanged closed = plan(oldPlan, "RENEGOTIATED");
        assertThat(closed.getStatus()).isEqualTo("RENEGOTIATED");
        assertThat(closed.getReason()).isEqualTo("Guarantor's hours cut: lower installments");
        assertThat(closed.getReplacedByPlanId()).hasToString(newPlan);
        assertThat(closed.getAmount()).isEqualByComparingTo("200.00");
        assertThat(closed.getAccountBalance()).isEqualByComparingTo("250.00");
        PaymentPlanChanged created = plan(newPlan, "CREATED");
        assertThat(created.getReplacesPlanId()).hasToString(oldPlan);
        assertThat(created.getAmount()).isEqualByComparingTo("250.00");

        // the same key and terms answer the first result; other terms under that key are refused
        renegotiate(oldPlan, renegotiationKey, terms).statusCode(201).header("Idempotent-Replayed", "true")
                .body("planId", equalTo(newPlan));
        renegotiate(oldPlan, renegotiationKey, terms.replace("60.00", "70.00")).statusCode(422);
        // a closed plan is not renegotiated again
        renegotiate(oldPlan, key(), terms).statusCode(409);
        // terms that do not fit leave the active plan as it was
        renegotiate(newPlan, key(), terms.replace("60.00", "5.00")).statusCode(422);
        given().get("/payment-plans/{id}", newPlan).then().body("status", equalTo("ACTIVE"));

        // cancelled by the clerk with a reason: dunning resumes; only once
        String cancellation = "{\"reason\": \"Guarantor will pay in full from a settlement\"}";
        String cancelKey = key();
        cancel(newPlan, cancelKey, cancellation).statusCode(200).body("status", equalTo("CANCELLED"))
                .body("endReason", equalTo("Guarantor will pay in full from a settlement"));
        cancel(newPlan, cancelKey, cancellation).statusCode(200).header("Idempotent-Replayed", "true");
        PaymentPlanChanged cancelled = plan(newPlan, "CANCELLED");
        assertThat(cancelled.getReason()).isEqualTo("Guarantor will pay in full from a settlement");
        assertThat(cancelled.getAmount()).isEqualByComparingTo("250.00");
        cancel(newPlan, key(), cancellation).statusCode(409);
        cancel(UUID.randomUUID().toString(), key(), cancellation).statusCode(404);
        cancel(newPlan, key(), "{\"reason\": \" \"}").statusCode(400);
        cancel(newPlan, null, cancellation).statusCode(400);
        given().get("/payment-plans?accountId={a}", patient).then().statusCode(200)
                .body("status", contains("RENEGOTIATED", "CANCELLED"));
    }

    private static ValidatableResponse renegotiate(String planId, String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/payment-plans/{id}/renegotiation", planId).then();
    }

    private static ValidatableResponse cancel(String planId, String key, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/payment-plans/{id}/cancellation", planId).then();
    }

    private static void adjudicate(String patientId, String owed) {
        String encounterId = "ENC-R" + suffix();
        ClaimAdjudicated claim = ClaimAdjudicated.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2026-11-02T08:00:00Z")).setClaimId("CLM-" + encounterId)
                .setEncounterId(encounterId).setPatientId(patientId).setPayerId("SYNPAYER1").setOutcome("PAID")
                .setTotalCharge(money(owed).add(money("100.00"))).setAllowedAmount(money(owed).add(money("100.00")))
                .setPaidAmount(money("100.00")).setPatientResponsibility(money(owed))
                .setContractualAdjustment(money("0.00")).setDeniedAmount(money("0.00"))
                .setPatientResponsibilityLines(List.of(PatientShare.newBuilder().setLineNumber(1)
                        .setProcedureCode("99214").setReasonCode("1").setAmount(money(owed)).build()))
                .build();
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(), claim);
        TestEvents.awaitEvent(Topics.PATIENT_BALANCE_CHANGED, PatientBalanceChanged.class,
                e -> claim.getClaimId().equals(e.getClaimId()), TIMEOUT);
    }

    private static PaymentPlanChanged plan(String planId, String change) {
        return TestEvents.awaitEvent(Topics.PAYMENT_PLAN_CHANGED, PaymentPlanChanged.class,
                e -> planId.equals(e.getPlanId().toString()) && change.equals(e.getChange()), TIMEOUT);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
