package io.revcycle.patientbilling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.PatientShare;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/**
 * Audit completeness on the real service and PostgreSQL: a scripted run of calls on one patient's account (a read,
 * a payment, a refused payment whose transaction rolled back, a 403, a 401 without a token) plus a token that does
 * not verify and a 404 on other patients appears once each in the trail with the right user, patient and outcome;
 * the FHIR export parses with HAPI and carries the BALP fields; an audit row cannot be changed through the table,
 * and one changed by a superuser is found by the chain check. The methods run in order: each call needs its own
 * caller (@TestSecurity is per method).
 */
@QuarkusTest
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "patient_billing"))
@TestProfile(AuditTrailTest.LocalTokenVerification.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailTest {

    /**
     * Tokens verified with a local public key (of no real issuer) instead of the realm's, so a token that does not
     * verify is refused by the HTTP layer as it is in production, without an IdP in this test.
     */
    public static class LocalTokenVerification implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // no server to ask: the key alone verifies
            return Map.of("quarkus.oidc.auth-server-url", "", "quarkus.oidc.public-key", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA03DnPZ3JV9EdH6E2SmnJUoIL"
                    + "HrDFjESxqhqYgc6PEWjRWTVVVJ990478NhYHG7BegQ/5PY2Y38eifHjPxVPwY8n5uK3EYNGwCitIwg9Z2Kq4WEGgT9//9fA7Ddoc4gz"
                    + "KRQlhfNplOya8cm3bQc7aivLr8d+1Y/H/y6NpfQCDXG/MJX+O0BFqM7Ss70HQWoCO4n9DKIfcOuxFez5i1xnxYOGisnyuyoS3Tb7jlH"
                    + "GIsBglRoPrkBuYTharnkxOg9+1hpGeGlu04FN8QfsT/yq8H0L78st+NQzaaFUZaW3VIQpw6qizSAWCDQYkC6KP4cqjXE60UWdjwgV4X"
                    + "+9SROfPSQIDAQAB");
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String PATIENT = "PAT-AUD-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String FORGED_TOKEN_PATIENT = "PAT-FORGED-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String UNKNOWN_PATIENT = "PAT-NONE-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String CLERK = "accounts-audit";
    private static final String BILLER = "biller-audit";
    private static final String AUDITOR = "auditor-audit";

    private final DataSource dataSource;

    AuditTrailTest(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Test
    @Order(1)
    @TestSecurity(user = CLERK, roles = Roles.PATIENT_ACCOUNTS)
    void shouldAnswerTheClerksReadOfTheAccount() {
        ClaimAdjudicated claim = adjudicated(PATIENT, "30.00");
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(), claim);
        // polled in the database: a polling GET would itself be audited
        await().atMost(TIMEOUT).until(() -> count("select count(*) from patient_account where patient_id = ?",
                PATIENT) == 1);

        given().get("/accounts/{patientId}", PATIENT).then().statusCode(200);
    }

    @Test
    @Order(2)
    @TestSecurity(user = CLERK, roles = Roles.PATIENT_ACCOUNTS)
    void shouldTakeTheClerksPayment() {
        given().contentType(ContentType.JSON).body(Map.of("amount", "10.00", "method", "CARD", "reference", "R-1"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/accounts/{patientId}/payments", PATIENT).then().statusCode(201);
    }

    @Test
    @Order(3)
    @TestSecurity(user = CLERK, roles = Roles.PATIENT_ACCOUNTS)
    void shouldRefuseAPaymentOfNothing() {
        given().contentType(ContentType.JSON).body(Map.of("amount", "0.00", "method", "CARD", "reference", "R-2"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/accounts/{patientId}/payments", PATIENT).then().statusCode(422);
    }

    @Test
    @Order(4)
    @TestSecurity(user = BILLER, roles = Roles.BILLER)
    void shouldRefuseABillerTheAccount() {
        given().get("/accounts/{patientId}", PATIENT).then().statusCode(403);
    }

    @Test
    @Order(5)
    void shouldRefuseACallerWithoutAToken() {
        given().get("/accounts/{patientId}", PATIENT).then().statusCode(401);
    }

    @Test
    @Order(6)
    void shouldRefuseATokenThatDoesNotVerify() {
        given().auth().oauth2("not-a-token").get("/accounts/{patientId}", FORGED_TOKEN_PATIENT).then().statusCode(401);
    }

    @Test
    @Order(7)
    @TestSecurity(user = CLERK, roles = Roles.PATIENT_ACCOUNTS)
    void shouldAnswerNotFoundForAPatientWithoutAnAccount() {
        given().get("/accounts/{patientId}", UNKNOWN_PATIENT).then().statusCode(404);
    }

    @Test
    @Order(8)
    @TestSecurity(user = AUDITOR, roles = Roles.AUDITOR)
    void shouldHaveRecordedEveryCallOnceWithItsUserPatientAndOutcome() {
        // refused calls may be written just after their answer (off the event loop)
        await().atMost(TIMEOUT).until(() -> events("patient", PATIENT).size() >= 5);

        List<Map<String, Object>> rows = events("patient", PATIENT);
        assertThat(rows).extracting(r -> r.get("user"), r -> r.get("action"), r -> r.get("status"),
                r -> r.get("outcome"), r -> r.get("resourceType"), r -> r.get("httpMethod"))
                .containsExactly(
                        tuple(null, "read", 401, 4, "account", "GET"),
                        tuple(BILLER, "read", 403, 4, "account", "GET"),
                        tuple(CLERK, "create", 422, 4, "payment", "POST"),
                        tuple(CLERK, "create", 201, 0, "payment", "POST"),
                        tuple(CLERK, "read", 200, 0, "account", "GET"));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("patientId")).isEqualTo(PATIENT);
            assertThat(r.get("sourceAddress")).isEqualTo("127.0.0.1");
            assertThat(r.get("observer")).isEqualTo("patient-billing-service");
            assertThat(Instant.parse((String) r.get("recordedAt"))).isBefore(Instant.now());
        });
        assertThat(rows.get(1).get("roles")).isEqualTo(Roles.BILLER);
        assertThat(rows.get(3).get("path")).isEqualTo("/accounts/" + PATIENT + "/payments");

        List<Map<String, Object>> unknown = events("patient", UNKNOWN_PATIENT);
        assertThat(unknown).singleElement().satisfies(r -> {
            assertThat(r.get("user")).isEqualTo(CLERK);
            assertThat(r.get("status")).isEqualTo(404);
            assertThat(r.get("outcome")).isEqualTo(4);
        });
        // refused before any resource matched: recorded by path, without a user
        await().atMost(TIMEOUT).until(() -> forged().size() >= 1);
        assertThat(forged()).singleElement().satisfies(r -> {
            assertThat(r.get("user")).isNull();
            assertThat(r.get("status")).isEqualTo(401);
            assertThat(r.get("outcome")).isEqualTo(4);
            assertThat(r.get("sourceAddress")).isEqualTo("127.0.0.1");
        });
        assertThat(events("user", BILLER)).singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo(403));
    }

    @Test
    @Order(9)
    @TestSecurity(user = AUDITOR, roles = Roles.AUDITOR)
    void shouldExportThePatientsTrailAsFhirAuditEvents() {
        String json = given().queryParam("patient", PATIENT).get("/audit/events/fhir").then().statusCode(200)
                .contentType("application/fhir+json").extract().asString();

        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
        List<AuditEvent> events = bundle.getEntry().stream().map(e -> (AuditEvent) e.getResource()).toList();
        assertThat(events).hasSize(5);
        AuditEvent payment = events.get(3);
        assertThat(payment.getType().getCode()).isEqualTo("rest");
        assertThat(payment.getSubtypeFirstRep().getCode()).isEqualTo("create");
        assertThat(payment.getAction()).isEqualTo(AuditEvent.AuditEventAction.C);
        assertThat(payment.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
        assertThat(payment.getRecorded()).isNotNull();
        assertThat(payment.getAgentFirstRep().getRequestor()).isTrue();
        assertThat(payment.getAgentFirstRep().getWho().getIdentifier().getValue()).isEqualTo(CLERK);
        assertThat(payment.getAgentFirstRep().getNetwork().getAddress()).isEqualTo("127.0.0.1");
        assertThat(payment.getSource().getObserver().getDisplay()).isEqualTo("patient-billing-service");
        assertThat(payment.getEntityFirstRep().getWhat().getIdentifier().getValue()).isEqualTo(PATIENT);
        assertThat(payment.getEntityFirstRep().getRole().getCode()).isEqualTo("1");
        assertThat(events.get(1).getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
        assertThat(events.get(1).getAgentFirstRep().getWho().getIdentifier().getValue()).isEqualTo(BILLER);
    }

    @Test
    @Order(10)
    @TestSecurity(user = CLERK, roles = Roles.PATIENT_ACCOUNTS)
    void shouldKeepEveryChainIntactWhenClerksReadConcurrently() throws Exception {
        long before = count("select count(*) from audit_event where username = ?", CLERK);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> reads = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                reads.add(pool.submit(() -> given().get("/accounts/{patientId}", PATIENT).statusCode()));
            }
            for (var read : reads) {
                assertThat(read.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(count("select count(*) from audit_event where username = ?", CLERK)).isEqualTo(before + 24);
        // the rows went to several chains (each extended under its own lock), and the next test verifies them all
        assertThat(count("select count(distinct chain) from audit_event where username = ?", CLERK))
                .isGreaterThan(1);
    }

    @Test
    @Order(11)
    @TestSecurity(user = AUDITOR, roles = Roles.AUDITOR)
    void shouldRefuseChangesToTheTrailAndFindARowChangedBehindItsBack() throws SQLException {
        assertThat(given().get("/audit/verify").then().statusCode(200).extract().<Boolean>path("intact")).isTrue();
        long refused = ((Number) events("user", BILLER).get(0).get("id")).longValue();

        assertThatThrownBy(() -> execute("update audit_event set username = ? where id = ?", CLERK, refused))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("delete from audit_event where id = ?", refused))
                .hasMessageContaining("append-only");

        // a superuser can bypass the trigger (replica mode); the chain still tells
        asSuperuserWithoutTriggers("update audit_event set username = ? where id = ?", CLERK, refused);
        try {
            var broken = given().get("/audit/verify").then().statusCode(200).extract().jsonPath();
            assertThat(broken.getBoolean("intact")).isFalse();
            assertThat(broken.getLong("firstBrokenId")).isEqualTo(refused);
            assertThat(broken.getString("reason")).contains("changed");
        } finally {
            asSuperuserWithoutTriggers("update audit_event set username = ? where id = ?", BILLER, refused);
        }
        assertThat(given().get("/audit/verify").then().statusCode(200).extract().<Boolean>path("intact")).isTrue();
    }

    private static List<Map<String, Object>> events(String filter, String value) {
        return given().queryParam(filter, value).get("/audit/events").then().statusCode(200).extract().jsonPath()
                .getList("$");
    }

    private static List<Map<String, Object>> forged() {
        return events("from", Instant.now().minus(Duration.ofHours(1)).toString()).stream()
                .filter(r -> ("/accounts/" + FORGED_TOKEN_PATIENT).equals(r.get("path"))).toList();
    }

    private long count(String sql, String arg) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void execute(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private void asSuperuserWithoutTriggers(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("set session_replication_role = replica");
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                assertThat(ps.executeUpdate()).isEqualTo(1);
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("set session_replication_role = origin");
                }
            }
        }
    }

    private static ClaimAdjudicated adjudicated(String patientId, String share) {
        String encounterId = "ENC-" + UUID.randomUUID().toString().substring(0, 8);
        BigDecimal amount = new BigDecimal(share);
        return ClaimAdjudicated.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2025-03-20T08:00:00Z")).setClaimId("CLM-" + encounterId)
                .setEncounterId(encounterId).setPatientId(patientId).setPayerId("SYNPAYER1").setOutcome("PAID")
                .setTotalCharge(money("1000.00")).setAllowedAmount(money("800.00"))
                .setPaidAmount(money("800.00").subtract(amount)).setPatientResponsibility(amount)
                .setContractualAdjustment(money("200.00")).setDeniedAmount(money("0.00"))
                .setPatientResponsibilityLines(List.of(PatientShare.newBuilder().setLineNumber(1)
                        .setProcedureCode("99213").setReasonCode("1").setAmount(amount).build()))
                .build();
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
