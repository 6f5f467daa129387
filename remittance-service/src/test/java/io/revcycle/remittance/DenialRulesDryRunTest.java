package io.revcycle.remittance;

import static io.revcycle.remittance.RemittanceFixtures.PAYER;
import static io.revcycle.remittance.RemittanceFixtures.claimSubmitted;
import static io.revcycle.remittance.RemittanceFixtures.interchange;
import static io.revcycle.remittance.RemittanceFixtures.newTraceNumber;
import static io.revcycle.remittance.RemittanceFixtures.partiallyDenied;
import static io.revcycle.remittance.RemittanceFixtures.remittance;
import static io.revcycle.remittance.RemittanceFixtures.x12;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.revcycle.events.Topics;
import io.revcycle.remittance.RemittanceFixtures.TestClaim;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/** The denial rules in force and a dry run of a candidate rule set over remittances posted from real 835 bytes. */
@QuarkusTest
@TestSecurity(user = "denials-1", roles = { Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER, Roles.INTEGRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "remittance"))
class DenialRulesDryRunTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void shouldShowWhatACandidateRuleSetWouldChangeOnPastRemittances() throws IOException {
        TestClaim c = postPartiallyDenied();
        // the candidate drops SYNPAYER1's own rule: its CO-50 N115 denial falls back to the general LCD rule
        String candidate = shippedRules().replace("\"version\": \"2026.12-2\"", "\"version\": \"2026.12-3\"")
                .replace("\"id\": \"synpayer1-lcd-coding\", \"carc\": \"50\"", "\"id\": \"synpayer1-lcd-coding\", \"carc\": \"4\"");

        given().contentType("application/json").body(candidate).post("/denial-rules/dry-run").then().statusCode(200)
                .body("rulesInForce", equalTo("2026.12-2"))
                .body("candidateRules", equalTo("2026.12-3"))
                .body("remittances", greaterThanOrEqualTo(1))
                .body("byCategory.MEDICAL_NECESSITY", greaterThanOrEqualTo(1))
                .body("changes.find { it.claimId == '" + c.claimId() + "' }.lineNumber", equalTo(2))
                .body("changes.find { it.claimId == '" + c.claimId() + "' }.reasonCode", equalTo("50"))
                .body("changes.find { it.claimId == '" + c.claimId() + "' }.inForce.ruleId",
                        equalTo("synpayer1-lcd-coding"))
                .body("changes.find { it.claimId == '" + c.claimId() + "' }.candidate.ruleId",
                        equalTo("necessity-not-necessary"))
                .body("changes.find { it.claimId == '" + c.claimId() + "' }.candidate.category",
                        equalTo("MEDICAL_NECESSITY"));

        // the rules in force against themselves: nothing changes
        given().contentType("application/json").post("/denial-rules/dry-run").then().statusCode(200)
                .body("candidateRules", equalTo("2026.12-2"))
                .body("changed", equalTo(0))
                .body("deniedLines", greaterThanOrEqualTo(1));
    }

    @Test
    void shouldServeTheRulesInForceAndRefuseAnInvalidCandidate() {
        given().get("/denial-rules").then().statusCode(200)
                .body("version", equalTo("2026.12-2"))
                .body("payers.SYNPAYER1.appealWindowDays", equalTo(60))
                .body("categories.CODING.department", equalTo("CODING"))
                .body("rules.id", hasItem("timely-filing"));

        given().contentType("application/json").body("{\"version\": \"bad\", \"defaultAppealWindowDays\": 30}")
                .post("/denial-rules/dry-run").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("category CODING needs a department"));
        given().contentType("application/json").body("{not json").post("/denial-rules/dry-run").then()
                .statusCode(422).body("detail", not(containsString("Exception")));
        given().contentType("application/json").queryParam("limit", 0).post("/denial-rules/dry-run").then()
                .statusCode(400);
    }

    private static TestClaim postPartiallyDenied() {
        TestClaim c = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), claimSubmitted(c));
        String trace = newTraceNumber();
        TestEvents.publish(Topics.EDI_FROM_PAYER, PAYER, interchange(x12(remittance(trace, partiallyDenied(c))),
                "era-" + trace + ".835"));
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/remittances/{claimId}", c.claimId()).then()
                .statusCode(200));
        return c;
    }

    private static String shippedRules() throws IOException {
        try (var in = DenialRulesDryRunTest.class.getClassLoader().getResourceAsStream("denials/denial-rules.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
