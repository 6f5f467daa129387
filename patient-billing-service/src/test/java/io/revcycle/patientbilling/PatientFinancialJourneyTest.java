package io.revcycle.patientbilling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import javax.sql.DataSource;

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
import io.revcycle.clock.ControllableClock;
import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.CollectionsStatusChanged;
import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.events.PatientShare;
import io.revcycle.events.PatientStatementIssued;
import io.revcycle.events.PaymentPlanChanged;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/**
 * A guarantor's way from adjudication to recall through the real broker and database, months walked on the billing
 * clock: adjudication, statement, partial payment, payment plan (dunning paused), an installment paid, one missed, the
 * plan defaulted after its grace period, placement with the agency (placement file), an agency payment, recall. Each
 * step is an event and every balance is exact.
 */
@QuarkusTest
@TestSecurity(user = "manager-1", roles = { Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "patient_billing"))
class PatientFinancialJourneyTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ControllableClock clock;
    private final DataSource dataSource;

    PatientFinancialJourneyTest(ControllableClock clock, DataSource dataSource) {
        this.clock = clock;
        this.dataSource = dataSource;
    }

    @BeforeAll
    static void exactNumbers() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void shouldWalkAnAccountFromAdjudicationThroughPlanDefaultAndCollectionsToRecall() throws SQLException {
        clock.advance(Duration.ofDays(400)); // dates no other test of this boot has run a cycle on
        String patient = "PAT-J" + suffix();
        String encounter = "ENC-J" + suffix();
        ClaimAdjudicated claim = ClaimAdjudicated.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2026-11-02T08:00:00Z")).setClaimId("CLM-" + encounter)
                .setEncounterId(encounter).setPatientId(patient).setPayerId("SYNPAYER1").setOutcome("PAID")
                .setTotalCharge(money("1000.00")).setAllowedAmount(money("900.00")).setPaidAmount(money("600.00"))
                .setPatientResponsibility(money("300.00")).setContractualAdjustment(money("100.00"))
                .setDeniedAmount(money("0.00"))
                .setPatientResponsibilityLines(List.of(PatientShare.newBuilder().setLineNumber(1)
                        .setProcedureCode("99214").setReasonCode("1").setAmount(money("300.00")).build()))
                .build();
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(), claim);
        assertThat(balance(e -> claim.getClaimId().equals(e.getClaimId())).getNewBalance())
                .isEqualByComparingTo("300.00");

        // statement 1
        given().contentType(ContentType.JSON).body("{}").post("/statement-runs").then().statusCode(201);
        PatientStatementIssued first = statement(e -> e.getStatementNumber() == 1, patient);
        assertThat(first.getTotalDue()).isEqualByComparingTo("300.00");
        assertThat(first.getDunningLevel()).isEqualTo(1);

        // a partial payment, then a plan for the rest: 240.00 in three installments of 80.00
        pay(patient, "60.00");
        assertThat(balance(e -> patient.equals(e.getPatientId()) && "PATIENT_PAYMENT".equals(e.getReason()))
                .getNewBalance()).isEqualByComparingTo("240.00");
        String planId = given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"patientId\": \"" + patient + "\", \"installmentAmount\": 80.00}").post("/payment-plans")
                .then().statusCode(201).body("total", equalTo(money("240.00")))
                .body("installments.amount", org.hamcrest.Matchers.contains(money("80.00"), money("80.00"),
                        money("80.00")))
                .extract().path("planId");
        assertThat(plan(planId, "CREATED").getAmount()).isEqualByComparingTo("240.00");
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"patientId\": \"" + patient + "\", \"installmentAmount\": 50.00}").post("/payment-plans")
                .then().statusCode(409);

        // the first installment paid on time; the next statement carries no dunning while the plan is active
        clock.advance(Duration.ofDays(20));
        pay(patient, "80.00");
        PaymentPlanChanged paid = plan(planId, "INSTALLMENT_PAID");
        assertThat(paid.getInstallmentNumber()).isEqualTo(1);
        assertThat(paid.getRemaining()).isEqualByComparingTo("160.00");
        assertThat(paid.getAccountBalance()).isEqualByComparingTo("160.00");
        clock.advance(Duration.ofDays(15));
        given().contentType(ContentType.JSON).body("{}").post("/statement-runs").then().statusCode(201);
        PatientStatementIssued second = statement(e -> e.getStatementNumber() == 2, patient);
        assertThat(second.getTotalDue()).isEqualByComparingTo("160.00");
        assertThat(second.getDunningLevel()).as("an active plan pauses dunning").isZero();

        // the second installment is missed; after the grace period the plan defaults and the account is placed
        clock.advance(Duration.ofDays(30));
        given().post("/payment-plans/evaluations").then().statusCode(200);
        PaymentPlanChanged missed = plan(planId, "INSTALLMENT_MISSED");
        assertThat(missed.getInstallmentNumber()).isEqualTo(2);
        assertThat(missed.getAmount()).isEqualByComparingTo("80.00");
        clock.advance(Duration.ofDays(16));
        String runId = given().post("/collections/placement-runs").then().statusCode(201).extract().path("runId");
        PaymentPlanChanged defaulted = plan(planId, "DEFAULTED");
        assertThat(defaulted.getStatus()).isEqualTo("DEFAULTED");
        assertThat(defaulted.getAmount()).isEqualByComparingTo("160.00");
        CollectionsStatusChanged placed = collections(patient, "PLACED");
        assertThat(placed.getAmount()).isEqualByComparingTo("160.00");
        assertThat(placed.getReason()).isEqualTo("PLAN_DEFAULTED");
        given().get("/guarantor-accounts/{a}", patient).then().statusCode(200)
                .body("balance", equalTo(money("160.00"))).body("inCollections", equalTo(money("160.00")));
        List<String> file = given().get("/collections/placement-runs/{id}/export", runId).then().statusCode(200)
                .extract().asString().lines().toList();
        assertThat(file.stream().filter(l -> l.startsWith("ACC|" + placed.getPlacementId())).findFirst().orElseThrow()
                .split("\\|")).containsSubsequence(patient, "160.00", "PLAN_DEFAULTED", "2");
        assertThat(file).anyMatch(l -> l.startsWith("ENC|" + placed.getPlacementId() + "|" + patient + "|"
                + encounter + "|") && l.endsWith("|160.00"));
        assertThat(file.get(file.size() - 1)).startsWith("TRL|");

        // the agency collects 50.00 (the same request twice posts once), then the account is recalled
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body("{\"amount\": 50.00, \"reference\": \"AGY-REMIT-7\"}")
                    .post("/collections/accounts/{a}/agency-payments", patient).then().statusCode(201);
        }
        CollectionsStatusChanged collected = collections(patient, "AGENCY_PAYMENT");
        assertThat(collected.getInCollections()).isEqualByComparingTo("110.00");
        assertThat(balance(e -> patient.equals(e.getPatientId()) && "AGENCY_PAYMENT".equals(e.getReason()))
                .getNewBalance()).isEqualByComparingTo("110.00");
        given().contentType(ContentType.JSON).body("{\"reason\": \"agency returned the account\"}")
                .post("/collections/accounts/{a}/recall", patient).then().statusCode(200)
                .body("status", equalTo("RECALLED"));
        CollectionsStatusChanged recalled = collections(patient, "RECALLED");
        assertThat(recalled.getAmount()).isEqualByComparingTo("110.00");
        assertThat(recalled.getInCollections()).isEqualByComparingTo("0.00");
        assertThat(recalled.getAccountBalance()).isEqualByComparingTo("110.00");
        given().get("/guarantor-accounts/{a}", patient).then().statusCode(200)
                .body("balance", equalTo(money("110.00"))).body("inCollections", equalTo(money("0.00")));
        given().contentType(ContentType.JSON).body("{\"reason\": \"again\"}")
                .post("/collections/accounts/{a}/recall", patient).then().statusCode(409);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(sum(amount), 0), coalesce(sum(amount) filter (where "
                        + "ledger in ('PATIENT_AR', 'COLLECTIONS_AR')), 0), count(*) filter (where entry_type = "
                        + "'AGENCY_PAYMENT') from ledger_entry where account_id = '" + patient + "'")) {
            rs.next();
            assertThat(rs.getBigDecimal(1)).as("the ledger balances").isEqualByComparingTo("0.00");
            assertThat(rs.getBigDecimal(2)).as("owed = its entries").isEqualByComparingTo("110.00");
            assertThat(rs.getInt(3)).as("one agency payment, two entries").isEqualTo(2);
        }
        given().get("/reports/collections").then().statusCode(200);
        given().get("/reports/ar-aging").then().statusCode(200);
        given().get("/reports/credit-balances").then().statusCode(200);
    }

    private static void pay(String patient, String amount) {
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"amount\": " + amount + ", \"method\": \"CARD\"}").post("/accounts/{p}/payments", patient)
                .then().statusCode(201);
    }

    private static PatientBalanceChanged balance(Predicate<PatientBalanceChanged> match) {
        return TestEvents.awaitEvent(Topics.PATIENT_BALANCE_CHANGED, PatientBalanceChanged.class, match, TIMEOUT);
    }

    private static PatientStatementIssued statement(Predicate<PatientStatementIssued> match, String account) {
        return TestEvents.awaitEvent(Topics.PATIENT_STATEMENT_ISSUED, PatientStatementIssued.class,
                e -> account.equals(e.getAccountId()) && match.test(e), TIMEOUT);
    }

    private static PaymentPlanChanged plan(String planId, String change) {
        return TestEvents.awaitEvent(Topics.PAYMENT_PLAN_CHANGED, PaymentPlanChanged.class,
                e -> planId.equals(e.getPlanId().toString()) && change.equals(e.getChange()), TIMEOUT);
    }

    private static CollectionsStatusChanged collections(String account, String action) {
        return TestEvents.awaitEvent(Topics.PATIENT_COLLECTIONS, CollectionsStatusChanged.class,
                e -> account.equals(e.getAccountId()) && action.equals(e.getAction()), TIMEOUT);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
