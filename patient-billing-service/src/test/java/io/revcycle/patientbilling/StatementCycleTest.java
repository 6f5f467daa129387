package io.revcycle.patientbilling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.events.PatientShare;
import io.revcycle.events.PatientStatementIssued;
import io.revcycle.events.Topics;
import io.revcycle.patientbilling.domain.StatementRun;
import io.revcycle.patientbilling.domain.statement.CycleGroups;
import io.revcycle.patientbilling.service.StatementCycle;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/**
 * A statement cycle on the real service, PostgreSQL and broker, with the billing clock moved a cycle forward: who is
 * billed (not below the minimum, not while a payer has not settled an encounter, once per cycle), the statement's
 * PDF text (lines, aging, total), PatientStatementIssued, the escalating dunning message and the vendor file.
 */
@QuarkusTest
@TestSecurity(user = "manager-1", roles = { Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "patient_billing"))
class StatementCycleTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ControllableClock clock;
    private final StatementCycle cycle;

    StatementCycleTest(ControllableClock clock, StatementCycle cycle) {
        this.clock = clock;
        this.cycle = cycle;
    }

    @BeforeAll
    static void exactNumbers() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void shouldBillACycleRenderItsPdfAndEscalateDunningAtTheNextCycle() throws IOException {
        clock.advance(Duration.ofDays(1)); // a date no other test of this boot has run a cycle on
        String guarantor = "GA-S" + suffix();
        String older = "PAT-S" + suffix();
        String younger = "PAT-S" + suffix();
        given().put("/guarantor-accounts/{a}/patients/{p}", guarantor, older).then().statusCode(200);
        given().put("/guarantor-accounts/{a}/patients/{p}", guarantor, younger).then().statusCode(200);
        // the first claim names its date of service and provider (as remittance-service passes them on), the second
        // is an adjudication from before they were carried
        ClaimAdjudicated first = post(ClaimAdjudicated.newBuilder(claim(older, "250.00", "150.00", "60.00", "40.00"))
                .setDateOfService(LocalDate.parse("2026-10-20")).setRenderingProviderNpi("1245319599").build());
        ClaimAdjudicated second = post(claim(younger, "120.00", "70.00", "25.00", "25.00"));
        given().contentType(ContentType.JSON).body("{\"amount\": 15.00, \"method\": \"CARD\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/accounts/{p}/payments", older).then().statusCode(201).body("balance", equalTo(money("50.00")));
        String small = "PAT-S" + suffix();
        post(claim(small, "100.00", "67.00", "30.00", "3.00"));
        // the payer still owes 30.00 of this one: its account waits for the payer before it is billed
        String pending = "PAT-S" + suffix();
        post(claim(pending, "200.00", "100.00", "50.00", "20.00"));

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String runId = given().contentType(ContentType.JSON).body("{}").post("/statement-runs").then().statusCode(201)
                .body("cycleDate", equalTo(today.toString())).extract().path("runId");
        given().contentType(ContentType.JSON).body("{}").post("/statement-runs").then().statusCode(200)
                .body("runId", equalTo(runId));
        given().contentType(ContentType.JSON).body("{\"cycleDate\": \"" + today.plusDays(1) + "\"}")
                .post("/statement-runs").then().statusCode(400);
        given().get("/statement-runs/{id}", runId).then().statusCode(200);
        assertThat(given().get("/statements?accountId={a}", small).then().statusCode(200)
                .extract().jsonPath().getList("$")).as("below the minimum").isEmpty();
        assertThat(given().get("/statements?accountId={a}", pending).then().statusCode(200)
                .extract().jsonPath().getList("$")).as("insurance pending").isEmpty();

        PatientStatementIssued issued = TestEvents.awaitEvent(Topics.PATIENT_STATEMENT_ISSUED,
                PatientStatementIssued.class, e -> guarantor.equals(e.getAccountId()), TIMEOUT);
        assertThat(issued.getStatementNumber()).isEqualTo(1);
        assertThat(issued.getTotalDue()).isEqualByComparingTo("50.00");
        assertThat(issued.getAgingCurrent()).isEqualByComparingTo("50.00");
        assertThat(issued.getEncounterCount()).isEqualTo(2);
        assertThat(issued.getDunningLevel()).isEqualTo(1);
        assertThat(issued.getRunId()).hasToString(runId);

        String text = pdfText(issued.getStatementId().toString());
        assertThat(lineWith(text, first.getEncounterId())).containsSubsequence("2026-10-20", first.getEncounterId(),
                "NPI 1245319599", "250.00", "150.00", "60.00", "25.00");
        assertThat(lineWith(text, second.getEncounterId())).containsSubsequence(today.toString(),
                second.getEncounterId(), "RevCycle", "120.00", "70.00", "25.00", "25.00");
        assertThat(lineWith(text, "Aging")).contains("0-30: 50.00", "31-60: 0.00", "120+: 0.00");
        assertThat(lineWith(text, "Total due")).contains("50.00");
        assertThat(text).contains("Statement 1", "Please pay the amount due");
        assertThat(given().get("/statements/{id}/html", issued.getStatementId().toString()).then().statusCode(200)
                .extract().asString()).contains("<td>" + first.getEncounterId() + "</td>", "<td>2026-10-20</td>", "<td>NPI 1245319599</td>",
                        "Total due: 50.00");

        // a cycle later, unpaid: the second statement, aged a bucket on, with the second notice
        clock.advance(Duration.ofDays(35));
        String nextRun = given().contentType(ContentType.JSON).body("{}").post("/statement-runs").then()
                .statusCode(201).extract().path("runId");
        PatientStatementIssued again = TestEvents.awaitEvent(Topics.PATIENT_STATEMENT_ISSUED,
                PatientStatementIssued.class, e -> guarantor.equals(e.getAccountId()) && e.getStatementNumber() == 2,
                TIMEOUT);
        assertThat(again.getAging31to60()).isEqualByComparingTo("50.00");
        assertThat(again.getAgingCurrent()).isEqualByComparingTo("0.00");
        assertThat(again.getDunningLevel()).isEqualTo(2);
        assertThat(pdfText(again.getStatementId().toString())).contains("Statement 2", "Second notice");
        given().get("/statements?accountId={a}", guarantor).then().statusCode(200)
                .body("statementNumber", org.hamcrest.Matchers.contains(1, 2));

        List<String> file = given().get("/statement-runs/{id}/export", nextRun).then().statusCode(200)
                .extract().asString().lines().toList();
        assertThat(file.get(0)).startsWith("HDR|RCSTMT1|" + nextRun + "|");
        String stm = file.stream().filter(l -> l.startsWith("STM|" + again.getStatementId())).findFirst().orElseThrow();
        assertThat(stm.split("\\|")).containsSubsequence(guarantor, "2", "50.00", "0.00", "50.00");
        assertThat(file.stream().filter(l -> l.startsWith("LIN|" + again.getStatementId()))).hasSize(2);
        long statements = file.stream().filter(l -> l.startsWith("STM|")).count();
        long lines = file.stream().filter(l -> l.startsWith("LIN|")).count();
        assertThat(file.get(file.size() - 1)).startsWith("TRL|" + statements + "|" + lines + "|");
        given().get("/statement-runs/{id}/export", "nope").then().statusCode(404);
    }

    @Test
    void shouldBillOnlyTheCycleGroupDueOnTheRunsDate() {
        clock.advance(Duration.ofDays(1)); // a date no other test of this boot has run a cycle on
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        CycleGroups two = new CycleGroups(2);
        int due = two.dueOn(today);
        long number = 2L * ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String dueAccount = "GA-" + (number + due - 1); // account number modulo 2, plus 1, is its group
        String otherAccount = "GA-" + (number + 2 - due);
        for (String account : List.of(dueAccount, otherAccount)) {
            String patient = "PAT-C" + suffix();
            given().put("/guarantor-accounts/{a}/patients/{p}", account, patient).then().statusCode(200);
            post(claim(patient, "100.00", "50.00", "20.00", "30.00"));
        }

        StatementRun run = QuarkusTransaction.requiringNew().call(() -> cycle.run(today, "manager-1", two).run());

        assertThat(run.cycleGroups).isEqualTo(2);
        assertThat(run.cycleGroup).isEqualTo(due);
        assertThat(run.otherCycle).isPositive();
        given().get("/statement-runs/{id}", run.id.toString()).then().statusCode(200)
                .body("cycleGroup", equalTo(due)).body("cycleGroups", equalTo(2))
                .body("otherCycle", equalTo(run.otherCycle));
        given().get("/statements?accountId={a}", dueAccount).then().statusCode(200)
                .body("statementNumber", org.hamcrest.Matchers.contains(1));
        assertThat(given().get("/statements?accountId={a}", otherAccount).then().statusCode(200)
                .extract().jsonPath().getList("$")).as("its group's day is another").isEmpty();
    }

    private static String pdfText(String statementId) throws IOException {
        byte[] pdf = given().get("/statements/{id}/pdf", statementId).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        return new PDFTextStripper().getText(Loader.loadPDF(pdf));
    }

    private static String lineWith(String text, String marker) {
        return text.lines().filter(l -> l.contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + marker + " in:\n" + text));
    }

    private static ClaimAdjudicated post(ClaimAdjudicated claim) {
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(), claim);
        TestEvents.awaitEvent(Topics.PATIENT_BALANCE_CHANGED, PatientBalanceChanged.class,
                e -> claim.getClaimId().equals(e.getClaimId()), TIMEOUT);
        return claim;
    }

    private static ClaimAdjudicated claim(String patientId, String charge, String paid, String contractual,
            String coinsurance) {
        String encounterId = "ENC-" + suffix();
        BigDecimal owed = money(coinsurance);
        return ClaimAdjudicated.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2026-11-02T08:00:00Z")).setClaimId("CLM-" + encounterId)
                .setEncounterId(encounterId).setPatientId(patientId).setPayerId("SYNPAYER1").setOutcome("PAID")
                .setTotalCharge(money(charge)).setAllowedAmount(money(paid).add(owed)).setPaidAmount(money(paid))
                .setPatientResponsibility(owed).setContractualAdjustment(money(contractual))
                .setDeniedAmount(money("0.00"))
                .setPatientResponsibilityLines(List.of(PatientShare.newBuilder().setLineNumber(1)
                        .setProcedureCode("99213").setReasonCode("2").setAmount(owed).build()))
                .build();
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
