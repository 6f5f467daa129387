package io.revcycle.patientbilling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.events.PatientShare;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/**
 * The ledger on the real service, PostgreSQL and broker: guarantor accounts with several patients, payments allocated
 * oldest first and overpayments kept as credit, events keyed by the account, the database refusing a posting that
 * does not balance or an entry changed, and migration V3 turning stored balances, lines and payments into entries.
 */
@QuarkusTest
@TestSecurity(user = "accounts-1", roles = { Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "patient_billing"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerAccountsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final DataSource dataSource;

    LedgerAccountsTest(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @BeforeAll
    static void exactNumbers() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void shouldKeepAGuarantorsPatientsOnOneLedgerAllocateOldestFirstAndKeepAnOverpaymentAsCredit() throws SQLException {
        String guarantor = "GA-" + suffix();
        String older = "PAT-" + suffix();
        String younger = "PAT-" + suffix();
        given().put("/guarantor-accounts/{a}/patients/{p}", guarantor, older).then().statusCode(200);
        given().put("/guarantor-accounts/{a}/patients/{p}", guarantor, younger).then().statusCode(200)
                .body("patients.patientId", org.hamcrest.Matchers.containsInAnyOrder(older, younger));
        ClaimAdjudicated first = adjudicated(older, "40.00");
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, first.getClaimId(), first);
        awaitBalance(first.getClaimId(), "40.00");
        ClaimAdjudicated second = adjudicated(younger, "30.00");
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, second.getClaimId(), second);
        PatientBalanceChanged both = awaitBalance(second.getClaimId(), "70.00");
        assertThat(both.getAccountId()).isEqualTo(guarantor);

        // the younger patient's guarantor pays 50.00: the older encounter first
        given().contentType(ContentType.JSON).body("{\"amount\": 50.00, \"method\": \"ONLINE\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/accounts/{p}/payments", younger).then().statusCode(201).body("balance", equalTo(money("20.00")));
        given().get("/guarantor-accounts/{a}", guarantor).then().statusCode(200)
                .body("balance", equalTo(money("20.00")))
                .body("encounters.encounterId", contains(first.getEncounterId(), second.getEncounterId()))
                .body("encounters.patientOwes", contains(money("0.00"), money("20.00")));
        // then 30.00 more: 10.00 beyond what is owed stays as a credit
        given().contentType(ContentType.JSON).body("{\"amount\": 30.00, \"method\": \"LOCKBOX\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/accounts/{p}/payments", older).then().statusCode(201).body("balance", equalTo(money("-10.00")));
        given().get("/guarantor-accounts/{a}", guarantor).then().statusCode(200)
                .body("balance", equalTo(money("-10.00"))).body("creditBalance", equalTo(money("10.00")))
                .body("encounters.patientOwes", contains(money("0.00"), money("0.00")));
        // a new charge takes the credit first
        ClaimAdjudicated third = adjudicated(younger, "25.00");
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, third.getClaimId(), third);
        awaitBalance(third.getClaimId(), "15.00");
        given().get("/accounts/{p}", younger).then().statusCode(200)
                .body("accountId", equalTo(guarantor)).body("creditBalance", equalTo(money("0.00")))
                .body("encounters.patientOwes", contains(money("0.00"), money("15.00")));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select distinct message_key from outbox_message where topic = '"
                        + Topics.PATIENT_BALANCE_CHANGED + "' and position(convert_to('" + younger
                        + "', 'UTF8') in payload) > 0")) {
            rs.next();
            assertThat(rs.getString(1)).as("events keyed by the guarantor account").isEqualTo(guarantor);
            assertThat(rs.next()).isFalse();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*), coalesce(sum(amount), 0) from ledger_entry"
                        + " where account_id = '" + guarantor + "'")) {
            rs.next();
            assertThat(rs.getLong(1)).isGreaterThan(10);
            assertThat(rs.getBigDecimal(2)).as("the account's entries sum to zero").isZero();
        }
        // a patient with entries on the account cannot be moved to another
        given().put("/guarantor-accounts/{a}/patients/{p}", "GA-other-" + suffix(), older).then().statusCode(409);
    }

    private static String refundPatient;
    private static String refundId;
    private static String refundAccount;

    @Test
    @Order(1)
    @TestSecurity(user = "clerk-refunds", roles = Roles.PATIENT_ACCOUNTS)
    void shouldRequestARefundOfACreditBalanceButNotLetTheRequesterApproveIt() {
        refundPatient = "PAT-" + suffix();
        ClaimAdjudicated claim = adjudicated(refundPatient, "20.00");
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(), claim);
        awaitBalance(claim.getClaimId(), "20.00");
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"amount\": 35.00, \"method\": \"CHECK\"}").post("/accounts/{p}/payments", refundPatient)
                .then().statusCode(201).body("balance", equalTo(money("-15.00")));

        String key = UUID.randomUUID().toString();
        String body = "{\"patientId\": \"" + refundPatient + "\", \"amount\": 15.00, \"reason\": \"overpaid\"}";
        var requested = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/refunds").then().statusCode(201).body("status", equalTo("REQUESTED")).extract();
        refundId = requested.path("refundId");
        refundAccount = requested.path("accountId");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/refunds").then()
                .statusCode(201).body("refundId", equalTo(refundId));
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"patientId\": \"" + refundPatient + "\", \"amount\": 15.01}").post("/refunds").then()
                .statusCode(422);
        given().queryParam("status", "REQUESTED").get("/refunds").then().statusCode(200)
                .body("refundId", org.hamcrest.Matchers.hasItem(refundId));
        // the account's own refunds, and a bad account id or page told apart from an empty list
        given().queryParam("accountId", refundAccount).get("/refunds").then().statusCode(200)
                .body("refundId", contains(refundId));
        given().queryParam("accountId", "GA-" + suffix()).get("/refunds").then().statusCode(200)
                .body("size()", equalTo(0));
        given().queryParam("accountId", refundAccount).queryParam("page", "1").get("/refunds").then()
                .statusCode(200).body("size()", equalTo(0));
        for (String[] bad : List.of(new String[] { "accountId", "GA 1;--" }, new String[] { "accountId", "-GA" },
                new String[] { "size", "0" }, new String[] { "page", "-1" }, new String[] { "page", "x" })) {
            given().queryParam(bad[0], bad[1]).get("/refunds").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    @Order(2)
    @TestSecurity(user = "manager-refunds", roles = Roles.BILLING_MANAGER)
    void shouldApproveAndIssueTheRefundLeavingNothingOwedEitherWay() {
        given().post("/refunds/{id}/approve", refundId).then().statusCode(400)
                .contentType("application/problem+json");
        // a double click: the same key answers the first approval again and changes nothing
        String key = UUID.randomUUID().toString();
        String approvedAt = given().header("Idempotency-Key", key).post("/refunds/{id}/approve", refundId).then()
                .statusCode(200).body("status", equalTo("APPROVED")).body("approvedBy", equalTo("manager-refunds"))
                .extract().path("approvedAt");
        String stored = given().queryParam("accountId", refundAccount).get("/refunds").then().statusCode(200)
                .body("refundId", contains(refundId)).extract().path("[0].approvedAt");
        given().header("Idempotency-Key", key).post("/refunds/{id}/approve", refundId).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("approvedAt", equalTo(approvedAt));
        given().header("Idempotency-Key", UUID.randomUUID().toString()).post("/refunds/{id}/approve", refundId)
                .then().statusCode(409);
        given().queryParam("accountId", refundAccount).get("/refunds").then().statusCode(200)
                .body("refundId", contains(refundId)).body("approvedAt", contains(stored));
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"method\": \"CHECK\", \"reference\": \"CHK-100\"}").post("/refunds/{id}/issue", refundId)
                .then().statusCode(200).body("status", equalTo("ISSUED"));
        given().queryParam("accountId", refundAccount).get("/refunds").then().statusCode(200)
                .body("size()", equalTo(0));
        given().queryParam("accountId", refundAccount).queryParam("status", "ISSUED").get("/refunds").then()
                .statusCode(200).body("refundId", contains(refundId));
        PatientBalanceChanged refunded = TestEvents.awaitEvent(Topics.PATIENT_BALANCE_CHANGED,
                PatientBalanceChanged.class, e -> e.getPatientId().equals(refundPatient)
                        && e.getReason().equals("REFUND"), TIMEOUT);
        assertThat(refunded.getChange()).isEqualTo(money("15.00"));
        assertThat(refunded.getNewBalance()).isEqualTo(money("0.00"));
        given().get("/accounts/{p}", refundPatient).then().statusCode(200).body("balance", equalTo(money("0.00")))
                .body("creditBalance", equalTo(money("0.00")));

        // a small balance written off, and a write-off of more than is owed refused
        ClaimAdjudicated claim = adjudicated(refundPatient, "4.50");
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(), claim);
        awaitBalance(claim.getClaimId(), "4.50");
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"patientId\": \"" + refundPatient + "\", \"type\": \"SMALL_BALANCE\", \"amount\": 4.51, "
                        + "\"reason\": \"under 5.00\"}").post("/write-offs").then().statusCode(422);
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"patientId\": \"" + refundPatient + "\", \"type\": \"SMALL_BALANCE\", "
                        + "\"reason\": \"under 5.00\"}").post("/write-offs").then().statusCode(201)
                .body("amount", equalTo(money("4.50")));
        assertThat(TestEvents.awaitEvent(Topics.PATIENT_BALANCE_CHANGED, PatientBalanceChanged.class,
                e -> e.getPatientId().equals(refundPatient) && e.getReason().equals("WRITE_OFF"), TIMEOUT)
                .getNewBalance()).isEqualTo(money("0.00"));
    }

    @Test
    void shouldRefuseAPostingThatDoesNotBalanceAndAnyChangeToAnEntry() throws SQLException {
        String account = "GA-" + suffix();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into guarantor_account values ('" + account + "', now(), now())");
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("insert into ledger_entry (posting_id, posting_kind, account_id, entry_type, ledger, patient_id,"
                        + " amount, posted_at) values ('" + UUID.randomUUID() + "', 'PATIENT_PAYMENT', '" + account
                        + "', 'PATIENT_PAYMENT', 'CASH', 'P', 10.00, now())");
            }
            assertThatThrownBy(c::commit).hasMessageContaining("does not balance");
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("update ledger_entry set amount = amount where id = (select min(id) "
                    + "from ledger_entry)")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("delete from ledger_entry where account_id = '" + account + "'"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void shouldMigrateStoredBalancesLinesAndPaymentsIntoBalancedEntries() throws SQLException {
        // a schema of its own, on connections of its own: the service's pool keeps its search path
        String schema = "v3_" + suffix().toLowerCase().replace('-', '_');
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password = config.getValue("quarkus.datasource.password", String.class);
        Flyway.configure().dataSource(url, user, password).schemas(schema).locations("classpath:db/migration")
                .target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("set search_path to " + schema);
            s.execute("insert into patient_account values ('P1', 35.00, now(), now()), ('P2', 12.00, now(), now())");
            s.execute("insert into account_line (patient_id, claim_id, encounter_id, line_number, procedure_code, "
                    + "reason_code, reason, amount, posted_at) values "
                    + "('P1', 'C1', 'E1', 1, '99213', '1', 'Deductible', 30.00, now()), "
                    + "('P1', 'C1', 'E1', 1, '99213', '3', 'Co-payment', 25.00, now()), "
                    + "('P2', 'C2', 'E2', 1, '99212', '2', 'Coinsurance', 10.00, now())");
            s.execute("insert into patient_payment values ('" + UUID.randomUUID() + "', 'P1', 20.00, 'CARD', 'R1', "
                    + "35.00, now())");
        }
        Flyway.configure().dataSource(url, user, password).schemas(schema).locations("classpath:db/migration")
                .target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("set search_path to " + schema);
            try (ResultSet rs = s.executeQuery("select patient_id, sum(amount) filter (where ledger = 'PATIENT_AR'), "
                    + "sum(amount), count(distinct posting_id), string_agg(distinct entry_type, ',' order by entry_type)"
                    + " from ledger_entry group by patient_id order by patient_id")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("P1");
                assertThat(rs.getBigDecimal(2)).isEqualTo(money("35.00"));
                assertThat(rs.getBigDecimal(3)).isZero();
                assertThat(rs.getLong(4)).isEqualTo(3);
                assertThat(rs.getString(5)).isEqualTo("PATIENT_PAYMENT,TRANSFER_COPAY,TRANSFER_DEDUCTIBLE");
                rs.next();
                // P2's stored 12.00 held 2.00 more than its lines: carried over as an opening balance
                assertThat(rs.getString(1)).isEqualTo("P2");
                assertThat(rs.getBigDecimal(2)).isEqualTo(money("12.00"));
                assertThat(rs.getString(5)).isEqualTo("OPENING_BALANCE,TRANSFER_COINSURANCE");
            }
            try (ResultSet rs = s.executeQuery("select guarantor_account_id from patient_account order by patient_id")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("P1");
            }
            s.execute("drop schema " + schema + " cascade");
        }
    }

    private static PatientBalanceChanged awaitBalance(String claimId, String newBalance) {
        return TestEvents.awaitEvent(Topics.PATIENT_BALANCE_CHANGED, PatientBalanceChanged.class,
                e -> e.getClaimId().equals(claimId) && e.getNewBalance().compareTo(money(newBalance)) == 0, TIMEOUT);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    static ClaimAdjudicated adjudicated(String patientId, String copay) {
        String encounterId = "ENC-" + suffix();
        BigDecimal amount = money(copay);
        return ClaimAdjudicated.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2026-11-02T08:00:00Z")).setClaimId("CLM-" + encounterId)
                .setEncounterId(encounterId).setPatientId(patientId).setPayerId("SYNPAYER1").setOutcome("PAID")
                .setTotalCharge(money("300.00")).setAllowedAmount(money("200.00"))
                .setPaidAmount(money("200.00").subtract(amount)).setPatientResponsibility(amount)
                .setContractualAdjustment(money("100.00")).setDeniedAmount(money("0.00"))
                .setPatientResponsibilityLines(List.of(PatientShare.newBuilder().setLineNumber(1)
                        .setProcedureCode("99213").setReasonCode("3").setAmount(amount).build()))
                .build();
    }
}
