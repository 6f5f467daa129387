package io.revcycle.remittance;

import static io.restassured.RestAssured.given;
import static io.revcycle.remittance.RemittanceFixtures.claimSubmitted;
import static io.revcycle.remittance.RemittanceFixtures.money;
import static io.revcycle.remittance.RemittanceFixtures.newTraceNumber;
import static io.revcycle.remittance.RemittanceFixtures.partiallyDenied;
import static io.revcycle.remittance.RemittanceFixtures.remittance;
import static io.revcycle.remittance.RemittanceFixtures.remittanceWithProviderAdjustments;
import static io.revcycle.remittance.RemittanceFixtures.x12;
import static io.revcycle.remittance.RemittancePostingTest.TIMEOUT;
import static io.revcycle.remittance.RemittancePostingTest.awaitAdjudicated;
import static io.revcycle.remittance.RemittancePostingTest.claimRecorded;
import static io.revcycle.remittance.RemittancePostingTest.upload;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.revcycle.events.Topics;
import io.revcycle.remittance.RemittanceFixtures.TestClaim;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;
import io.revcycle.x12.remit.Remittance835.ProviderAdjustmentItem;

/** 835 payments against their postings and the bank's deposits; PLB adjustments on the provider's account. */
@QuarkusTest
@TestSecurity(user = "billing-manager-1", roles = { Roles.BILLING_MANAGER, Roles.DENIAL_SPECIALIST, Roles.INTEGRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "remittance"))
class DepositReconciliationTest {

    @BeforeAll
    static void exactNumbers() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void shouldPostProviderAdjustmentsToTheProviderAccountAndReconcileTheDepositWithItsPostingsAndTheBank() {
        TestClaim c = known(TestClaim.next());
        String trace = newTraceNumber();
        String provider = "PRV" + UUID.randomUUID().toString().substring(0, 8);
        // 88.40 paid on the claim, 20.00 recovered for an earlier overpayment (WO), 1.50 interest added (L6)
        upload(x12(remittanceWithProviderAdjustments(trace, provider, List.of(
                new ProviderAdjustmentItem("WO", "OVERPAID-CLM-1", money("20.00")),
                new ProviderAdjustmentItem("L6", null, money("-1.50"))), partiallyDenied(c))), "plb.835")
                .statusCode(202).body("status", equalTo("ACCEPTED"));
        awaitAdjudicated(c.claimId());

        given().get("/deposits/{trace}", trace).then().statusCode(200)
                .body("paymentAmount", equalTo(money("69.90")))
                .body("paymentMethod", equalTo("CHK"))
                .body("postedClaimPayments", equalTo(money("88.40")))
                .body("unpostedClaimPayments", equalTo(money("0.00")))
                .body("providerAdjustments", equalTo(money("18.50")))
                .body("postedTotal", equalTo(money("69.90")))
                .body("difference", equalTo(money("0.00")))
                .body("status", equalTo("RECONCILED"))
                .body("bankStatus", equalTo("NOT_DEPOSITED"))
                .body("bankAmount", nullValue());
        given().get("/provider-accounts/{provider}", provider).then().statusCode(200)
                .body("withheld", equalTo(money("18.50")))
                .body("byReason.WO", equalTo(money("20.00")))
                .body("byReason.L6", equalTo(money("-1.50")))
                .body("adjustments.reason", contains("WO", "L6"))
                .body("adjustments[0].reference", equalTo("OVERPAID-CLM-1"))
                .body("adjustments[0].traceNumber", equalTo(trace));
        // the claim's own remittance carries none of it
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(200)
                .body("paidAmount", equalTo(money("88.40")));

        given().contentType("application/json").body(Map.of("traceNumber", trace, "amount", "69.90",
                "depositDate", "2025-03-21")).post("/deposits/bank").then().statusCode(201)
                .body("amount", equalTo(money("69.90")));
        given().get("/deposits/{trace}", trace).then().statusCode(200)
                .body("bankStatus", equalTo("MATCHED"))
                .body("bankAmount", equalTo(money("69.90")))
                .body("bankDepositDate", equalTo("2025-03-21"))
                .body("bankDifference", equalTo(money("0.00")));
        given().contentType("application/json").body(Map.of("traceNumber", trace, "amount", "69.90",
                "depositDate", "2025-03-21")).post("/deposits/bank").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldShowTheDifferenceWhileAClaimPaymentWaitsUnmatchedAndWhenTheBankDepositedAnotherAmount() {
        TestClaim matched = known(TestClaim.next());
        TestClaim waiting = TestClaim.next();
        String trace = newTraceNumber();
        upload(x12(remittance(trace, partiallyDenied(matched), partiallyDenied(waiting))), "two.835").statusCode(202);
        awaitAdjudicated(matched.claimId());

        given().get("/deposits/{trace}", trace).then().statusCode(200)
                .body("paymentAmount", equalTo(money("176.80")))
                .body("postedClaimPayments", equalTo(money("88.40")))
                .body("unpostedClaimPayments", equalTo(money("88.40")))
                .body("difference", equalTo(money("88.40")))
                .body("status", equalTo("UNRECONCILED"));
        given().contentType("application/json").body(Map.of("traceNumber", trace, "amount", "175.80",
                "depositDate", "2025-03-22")).post("/deposits/bank").then().statusCode(201);
        given().get("/deposits/{trace}", trace).then().statusCode(200)
                .body("bankStatus", equalTo("AMOUNT_DIFFERS"))
                .body("bankDifference", equalTo(money("-1.00")));

        // the claim arrives: its payment posts and the deposit reconciles with its postings
        known(waiting);
        awaitAdjudicated(waiting.claimId());
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/deposits/{trace}", trace).then().statusCode(200)
                .body("difference", equalTo(money("0.00"))).body("status", equalTo("RECONCILED")));
    }

    @Test
    void shouldAnswerProblemsForBadBankDepositsAndUnknownTraceNumbers() {
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("amount", "10.00", "depositDate", "2025-03-21"),
                Map.<String, Object>of("traceNumber", "T1", "amount", "0.00", "depositDate", "2025-03-21"),
                Map.<String, Object>of("traceNumber", "T1", "amount", "10.001", "depositDate", "2025-03-21"),
                Map.<String, Object>of("traceNumber", "X".repeat(51), "amount", "10.00", "depositDate", "2025-03-21"),
                Map.<String, Object>of("traceNumber", "T1", "amount", "10.00"))) {
            given().contentType("application/json").body(bad).post("/deposits/bank").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().get("/deposits/{trace}", "NO-SUCH-TRACE").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("limit", 0).get("/deposits").then().statusCode(400);
        given().get("/provider-accounts/{provider}", "NOBODY").then().statusCode(200)
                .body("withheld", equalTo(money("0.00"))).body("adjustments.size()", equalTo(0));
    }

    private static TestClaim known(TestClaim c) {
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), claimSubmitted(c));
        await().atMost(TIMEOUT).until(() -> claimRecorded(c.claimId()));
        return c;
    }
}
