package io.revcycle.patientbilling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import io.restassured.response.ValidatableResponse;
import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.events.PatientShare;
import io.revcycle.events.Topics;
import io.revcycle.messaging.EventHeaders;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

@QuarkusTest
@TestSecurity(user = "accounts-1", roles = { Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "patient_billing"))
class PatientBillingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String PROBLEM = "application/problem+json";

    private final EntityManager em;

    PatientBillingTest(EntityManager em) {
        this.em = em;
    }

    @BeforeAll
    static void exactNumbers() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void shouldPostTwoPatientSharesToANewAccountAndAnnounceTheBalance() {
        String patientId = newPatientId();
        ClaimAdjudicated claim = adjudicated(patientId, share(1, "99213", "1", "30.00"), share(1, "99213", "3", "25.00"));

        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(), claim);

        PatientBalanceChanged changed = awaitBalanceChange(claim.getClaimId());
        assertThat(changed.getPatientId()).isEqualTo(patientId);
        assertThat(changed.getEncounterId()).isEqualTo(claim.getEncounterId());
        assertThat(changed.getChange()).isEqualTo(money("55.00"));
        assertThat(changed.getNewBalance()).isEqualTo(money("55.00"));
        assertThat(changed.getReason()).isEqualTo("PATIENT_RESPONSIBILITY_POSTED");
        given().get("/accounts/{patientId}", patientId).then().statusCode(200)
                .body("patientId", equalTo(patientId))
                .body("balance", equalTo(money("55.00")))
                .body("lines", hasSize(2))
                .body("lines.claimId", contains(claim.getClaimId(), claim.getClaimId()))
                .body("lines.lineNumber", contains(1, 1))
                .body("lines.procedureCode", contains("99213", "99213"))
                .body("lines.reasonCode", contains("1", "3"))
                .body("lines.reason", contains("Deductible", "Co-payment"))
                .body("lines.amount", contains(money("30.00"), money("25.00")));
    }

    @Test
    void shouldAddASecondClaimOfTheSamePatientToTheBalance() {
        String patientId = newPatientId();
        ClaimAdjudicated first = adjudicated(patientId, share(1, "99213", "1", "30.00"), share(1, "99213", "2", "4.60"));
        ClaimAdjudicated second = adjudicated(patientId, share(1, "99214", "3", "25.00"), share(2, "36415", "2", "2.40"));

        TestEvents.publish(Topics.CLAIM_ADJUDICATED, first.getClaimId(), first);
        assertThat(awaitBalanceChange(first.getClaimId()).getNewBalance()).isEqualTo(money("34.60"));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, second.getClaimId(), second);

        PatientBalanceChanged changed = awaitBalanceChange(second.getClaimId());
        assertThat(changed.getChange()).isEqualTo(money("27.40"));
        assertThat(changed.getNewBalance()).isEqualTo(money("62.00"));
        given().get("/accounts/{patientId}", patientId).then().statusCode(200)
                .body("balance", equalTo(money("62.00")))
                .body("lines.reason", contains("Deductible", "Coinsurance", "Co-payment", "Coinsurance"));
    }

    @Test
    void shouldPostAClaimOnceWhenItsAdjudicationIsRedeliveredOrRepeated() {
        String patientId = newPatientId();
        ClaimAdjudicated claim = adjudicated(patientId, share(1, "99213", "3", "25.00"));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(), claim);
        awaitBalanceChange(claim.getClaimId());

        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(), claim);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(),
                ClaimAdjudicated.newBuilder(claim).setEventId(UUID.randomUUID()).build());
        // marker on the same partition (same key): once it is posted, the repeats were consumed
        ClaimAdjudicated marker = adjudicated(patientId, share(1, "99212", "3", "15.00"));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(), marker);

        assertThat(awaitBalanceChange(marker.getClaimId()).getNewBalance()).isEqualTo(money("40.00"));
        given().get("/accounts/{patientId}", patientId).then().statusCode(200)
                .body("balance", equalTo(money("40.00"))).body("lines", hasSize(2));
        assertThat(announcedFor(patientId, claim.getClaimId())).isEqualTo(1);
    }

    @Test
    void shouldLeaveAReversedAndCorrectedClaimAtTheCorrectionsPatientResponsibility() {
        String patientId = newPatientId();
        ClaimAdjudicated paid = posting(adjudicated(patientId, share(1, "99213", "1", "30.00"),
                share(1, "99213", "3", "25.00"), share(1, "99213", "2", "4.60")), 1, false);
        String claimId = paid.getClaimId();
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, paid);
        awaitBalance(claimId, "59.60");
        given().contentType(ContentType.JSON).body("{\"amount\": 20.00, \"method\": \"CARD\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/accounts/{patientId}/payments", patientId).then().statusCode(201)
                .body("balance", equalTo(money("39.60")));

        // the payer reverses the claim (its totals drop to nothing), then pays the corrected claim
        ClaimAdjudicated reversal = posting(ClaimAdjudicated.newBuilder(paid).setEventId(UUID.randomUUID())
                .setPatientResponsibility(money("0.00")).setPatientResponsibilityLines(List.of()).build(), 2, true);
        ClaimAdjudicated correction = posting(ClaimAdjudicated.newBuilder(paid).setEventId(UUID.randomUUID())
                .setPatientResponsibility(money("46.60")).setPatientResponsibilityLines(List.of(
                        share(1, "99213", "3", "25.00"), share(1, "99213", "2", "9.60"),
                        share(2, "81002", "2", "12.00"))).build(), 3, false);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, reversal);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, correction);

        // what the patient paid stays paid: 46.60 owed for the claim, 20.00 of it paid
        PatientBalanceChanged taken = awaitBalance(claimId, "-20.00");
        assertThat(taken.getChange()).isEqualTo(money("-59.60"));
        assertThat(taken.getReason()).isEqualTo("PATIENT_RESPONSIBILITY_ADJUSTED");
        assertThat(awaitBalance(claimId, "26.60").getChange()).isEqualTo(money("46.60"));
        // the reversal again (another event id) and a late copy of the first posting change nothing
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId,
                ClaimAdjudicated.newBuilder(reversal).setEventId(UUID.randomUUID()).build());
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId,
                ClaimAdjudicated.newBuilder(paid).setEventId(UUID.randomUUID()).build());
        ClaimAdjudicated marker = adjudicated(patientId, share(1, "99212", "3", "15.00"));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, marker);
        awaitBalance(marker.getClaimId(), "41.60");

        List<Map<String, Object>> lines = given().get("/accounts/{patientId}", patientId).then().statusCode(200)
                .body("balance", equalTo(money("41.60"))).extract().jsonPath().getList("lines");
        BigDecimal forClaim = lines.stream().filter(l -> claimId.equals(l.get("claimId")))
                .map(l -> new BigDecimal(l.get("amount").toString())).reduce(money("0.00"), BigDecimal::add);
        assertThat(forClaim).isEqualTo(money("46.60"));
        assertThat(announcedFor(patientId, claimId)).isEqualTo(3);
    }

    @Test
    void shouldHoldThePrimarysPatientShareWhileTheSecondaryIsPendingAndBillOnlyWhatTheSecondaryLeaves() {
        String patientId = newPatientId();
        // the primary: 234.00 charged, 91.20 paid, 70.00 contractual, 72.80 left to the patient, a secondary follows
        ClaimAdjudicated primary = ClaimAdjudicated.newBuilder(adjudicated(patientId, share(1, "99214", "1", "50.00"),
                share(1, "99214", "2", "14.00"), share(2, "36415", "2", "2.00"), share(3, "J1100", "2", "6.80")))
                .setTotalCharge(money("234.00")).setPaidAmount(money("91.20")).setContractualAdjustment(money("70.00"))
                .setPostingSequence(1).setNextPayerPending(true).build();
        String claimId = primary.getClaimId();
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, primary);
        ClaimAdjudicated marker = adjudicated(patientId, share(1, "99212", "3", "15.00"));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, marker);
        awaitBalance(marker.getClaimId(), "15.00");
        given().get("/accounts/{patientId}", patientId).then().statusCode(200)
                .body("balance", equalTo(money("15.00")))
                .body("lines.claimId", not(hasItem(claimId)));
        assertThat(announcedFor(patientId, claimId)).as("no statement line while the secondary is open").isZero();

        // the secondary pays 60.00 of the 72.80 (its 835: OA-23 161.20, PR-2 12.80): the patient owes 12.80
        ClaimAdjudicated secondary = ClaimAdjudicated.newBuilder(primary).setEventId(UUID.randomUUID())
                .setPayerId("SYNPAYER2").setPayerResponsibility("S").setNextPayerPending(false).setPostingSequence(1)
                .setPaidAmount(money("60.00")).setContractualAdjustment(money("0.00"))
                .setPatientResponsibility(money("12.80"))
                .setPatientResponsibilityLines(List.of(share(1, "99214", "2", "12.80"))).build();
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, secondary);

        PatientBalanceChanged billed = awaitBalance(claimId, "27.80");
        assertThat(billed.getChange()).isEqualTo(money("12.80"));
        assertThat(billed.getReason()).isEqualTo("PATIENT_RESPONSIBILITY_POSTED");
        List<Map<String, Object>> encounters = given().get("/accounts/{patientId}", patientId).then().statusCode(200)
                .body("balance", equalTo(money("27.80"))).extract().jsonPath().getList("encounters");
        Map<String, Object> encounter = encounters.stream()
                .filter(e -> primary.getEncounterId().equals(e.get("encounterId"))).findFirst().orElseThrow();
        // both payers' payments and the primary's contractual adjustment: 234.00 = 151.20 + 70.00 + 12.80
        assertThat(new BigDecimal(encounter.get("charges").toString())).isEqualTo(money("234.00"));
        assertThat(new BigDecimal(encounter.get("insurancePaid").toString())).isEqualTo(money("151.20"));
        assertThat(new BigDecimal(encounter.get("adjustments").toString())).isEqualTo(money("70.00"));
        assertThat(new BigDecimal(encounter.get("patientOwes").toString())).isEqualTo(money("12.80"));
        assertThat(announcedFor(patientId, claimId)).isEqualTo(1);
    }

    private static ClaimAdjudicated posting(ClaimAdjudicated adjudication, int sequence, boolean reversal) {
        return ClaimAdjudicated.newBuilder(adjudication).setPostingSequence(sequence).setReversal(reversal).build();
    }

    private static PatientBalanceChanged awaitBalance(String claimId, String newBalance) {
        return TestEvents.awaitEvent(Topics.PATIENT_BALANCE_CHANGED, PatientBalanceChanged.class,
                e -> e.getClaimId().equals(claimId) && e.getNewBalance().compareTo(money(newBalance)) == 0, TIMEOUT);
    }

    @Test
    void shouldPostTheInsuranceSideOfAClaimWithoutPatientResponsibilityButBillNothing() {
        String patientId = newPatientId();
        ClaimAdjudicated paidInFull = adjudicated(patientId);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, paidInFull.getClaimId(), paidInFull);
        ClaimAdjudicated marker = adjudicated(newPatientId(), share(1, "99213", "3", "20.00"));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, paidInFull.getClaimId(), marker);

        awaitBalanceChange(marker.getClaimId());
        // the ledger holds the charge, the payer's payment and the contractual adjustment; the patient owes nothing
        given().get("/accounts/{patientId}", patientId).then().statusCode(200)
                .body("balance", equalTo(money("0.00"))).body("lines", hasSize(0))
                .body("encounters[0].charges", equalTo(money("1000.00")))
                .body("encounters[0].insurancePaid", equalTo(money("800.00")))
                .body("encounters[0].adjustments", equalTo(money("200.00")))
                .body("encounters[0].patientOwes", equalTo(money("0.00")));
        assertThat(announcedFor(patientId, paidInFull.getClaimId())).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from claim_posting where claim_id = :c and not posted")
                .setParameter("c", paidInFull.getClaimId()).getSingleResult()).longValue())).isEqualTo(1);
    }

    @Test
    void shouldDeadLetterUndecodableAndInconsistentEventsAndKeepConsuming() {
        String patientId = newPatientId();
        ClaimAdjudicated valid = adjudicated(patientId, share(1, "99213", "1", "12.00"));
        ClaimAdjudicated inconsistent = ClaimAdjudicated.newBuilder(adjudicated(patientId, share(1, "99213", "1", "9.00")))
                .setPatientResponsibility(money("10.00")).build();
        TestEvents.publishRaw(Topics.CLAIM_ADJUDICATED, valid.getClaimId(), "not avro".getBytes());
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, valid.getClaimId(), inconsistent);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, valid.getClaimId(), valid);

        List<ConsumerRecord<String, byte[]>> letters = TestEvents.readRaw(Topics.deadLetterOf(Topics.CLAIM_ADJUDICATED),
                TIMEOUT, rs -> rs.stream().filter(r -> valid.getClaimId().equals(r.key())).count() >= 2);
        List<ConsumerRecord<String, byte[]>> ours = letters.stream().filter(r -> valid.getClaimId().equals(r.key()))
                .toList();
        assertThat(ours).hasSize(2);
        assertThat(ours.get(0).value()).isEqualTo("not avro".getBytes());
        for (ConsumerRecord<String, byte[]> letter : ours) {
            assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_REASON)).isNotBlank();
            assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_CONSUMER))
                    .isEqualTo("patient-billing-service." + Topics.CLAIM_ADJUDICATED);
        }
        assertThat(EventHeaders.get(ours.get(1).headers(), EventHeaders.DLQ_REASON)).isEqualTo("adjudication of claim "
                + inconsistent.getClaimId() + " announces patient responsibility 10.00 but its patient shares add up to 9.00");

        assertThat(awaitBalanceChange(valid.getClaimId()).getNewBalance()).isEqualTo(money("12.00"));
    }

    @Test
    void shouldRecordAPaymentAndAnnounceTheLowerBalance() {
        String patientId = newPatientId();
        ClaimAdjudicated claim = adjudicated(patientId, share(1, "99213", "1", "30.00"), share(1, "99213", "3", "25.00"));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(), claim);
        awaitBalanceChange(claim.getClaimId());

        String paymentId = given().contentType(ContentType.JSON)
                .body("{\"amount\": 20.00, \"method\": \"CARD\", \"reference\": \"RCPT-1\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/accounts/{patientId}/payments", patientId).then().statusCode(201)
                .body("balance", equalTo(money("35.00"))).body("amount", equalTo(money("20.00")))
                .extract().path("paymentId");

        PatientBalanceChanged changed = TestEvents.awaitEvent(Topics.PATIENT_BALANCE_CHANGED,
                PatientBalanceChanged.class,
                e -> e.getPatientId().equals(patientId) && e.getReason().equals("PATIENT_PAYMENT"), TIMEOUT);
        assertThat(changed.getChange()).isEqualTo(money("-20.00"));
        assertThat(changed.getNewBalance()).isEqualTo(money("35.00"));
        assertThat(changed.getPaymentId()).isEqualTo(paymentId);
        assertThat(changed.getClaimId()).isEmpty();
        given().get("/accounts/{patientId}", patientId).then().statusCode(200)
                .body("balance", equalTo(money("35.00")))
                .body("payments.method", contains("CARD"))
                .body("payments.reference", contains("RCPT-1"))
                .body("payments.balanceAfter", contains(money("35.00")));
        // paying off the rest exactly is allowed
        given().contentType(ContentType.JSON).body("{\"amount\": 35.00, \"method\": \"CASH\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/accounts/{patientId}/payments", patientId).then().statusCode(201)
                .body("balance", equalTo(money("0.00")));
    }

    @Test
    void shouldRefuseBadPaymentsWithProblemsAndChangeNothing() {
        String patientId = newPatientId();
        ClaimAdjudicated claim = adjudicated(patientId, share(1, "99213", "3", "25.00"));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(), claim);
        awaitBalanceChange(claim.getClaimId());
        given().contentType(ContentType.JSON).body("{\"amount\": 5.00, \"method\": \"CHECK\", \"reference\": \"CHK-7\"}")
                .header("Idempotency-Key", UUID.randomUUID().toString()).post("/accounts/{patientId}/payments", patientId).then().statusCode(201);

        pay(patientId, "{\"amount\": 20.01, \"method\": \"CARD\", \"encounterId\": \"ENC-elsewhere\"}")
                .statusCode(422).contentType(PROBLEM)
                .body("detail", equalTo("Encounter ENC-elsewhere is not on this account"));
        pay(patientId, "{\"amount\": 0.00, \"method\": \"CARD\"}").statusCode(422).contentType(PROBLEM);
        pay(patientId, "{\"amount\": -5.00, \"method\": \"CARD\"}").statusCode(422).contentType(PROBLEM);
        pay(patientId, "{\"amount\": 1.00, \"method\": \"CHECK\", \"reference\": \"CHK-7\"}").statusCode(409)
                .contentType(PROBLEM);
        pay(patientId, "{\"amount\": 1.00}").statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("method"));
        pay(patientId, "{\"amount\": 1.001, \"method\": \"CARD\"}").statusCode(400).contentType(PROBLEM);
        pay("PAT-nobody", "{\"amount\": 1.00, \"method\": \"CARD\"}").statusCode(404).contentType(PROBLEM);

        given().get("/accounts/{patientId}", patientId).then().statusCode(200)
                .body("balance", equalTo(money("20.00"))).body("payments", hasSize(1));
        given().get("/accounts/{patientId}", "PAT-nobody").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldPostOnceForThreeConcurrentPaymentsWithOneKeyAndRefuseAnotherBodyWithIt() throws Exception {
        String patientId = newPatientId();
        ClaimAdjudicated claim = adjudicated(patientId, share(1, "99213", "1", "90.00"));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claim.getClaimId(), claim);
        awaitBalanceChange(claim.getClaimId());
        String key = UUID.randomUUID().toString();
        String body = "{\"amount\": 30.00, \"method\": \"CARD\"}";

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<io.restassured.response.Response>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sent.add(pool.submit(() -> {
                start.await();
                return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                        .post("/accounts/{patientId}/payments", patientId);
            }));
        }
        start.countDown();
        List<io.restassured.response.Response> answers = new java.util.ArrayList<>();
        for (var f : sent) {
            answers.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(answers).extracting(io.restassured.response.Response::statusCode).containsOnly(201);
        assertThat(answers).extracting(r -> r.jsonPath().getString("paymentId")).containsOnly(
                answers.get(0).jsonPath().getString("paymentId"));
        assertThat(answers).extracting(r -> r.header("Idempotent-Replayed")).filteredOn(java.util.Objects::nonNull)
                .hasSize(2);
        // the same key with another body is refused; the same key and body later answer the first result again
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"amount\": 31.00, \"method\": \"CARD\"}").post("/accounts/{patientId}/payments", patientId)
                .then().statusCode(422).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/accounts/{patientId}/payments", patientId).then().statusCode(201)
                .body("paymentId", equalTo(answers.get(0).jsonPath().getString("paymentId")))
                .body("balance", equalTo(money("60.00")));
        // a money mutation without a key is refused
        given().contentType(ContentType.JSON).body(body).post("/accounts/{patientId}/payments", patientId).then()
                .statusCode(400).contentType(PROBLEM);
        given().get("/accounts/{patientId}", patientId).then().statusCode(200)
                .body("balance", equalTo(money("60.00"))).body("payments", hasSize(1));
    }

    @Test
    void shouldListAccountsByMinimumBalanceAndSummarize() {
        Map<String, Object> before = summary();
        String small = newPatientId();
        String large = newPatientId();
        ClaimAdjudicated smallClaim = adjudicated(small, share(1, "99212", "3", "10.00"));
        ClaimAdjudicated largeClaim = adjudicated(large, share(1, "99215", "1", "900.00"), share(2, "80053", "2", "9.99"));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, smallClaim.getClaimId(), smallClaim);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, largeClaim.getClaimId(), largeClaim);
        awaitBalanceChange(smallClaim.getClaimId());
        awaitBalanceChange(largeClaim.getClaimId());

        given().queryParam("minBalance", "909.99").get("/accounts").then().statusCode(200)
                .body("patientId", hasItem(large)).body("patientId", not(hasItem(small)))
                .body("find { it.patientId == '" + large + "' }.balance", equalTo(money("909.99")))
                .body("find { it.patientId == '" + large + "' }.lineCount", equalTo(2));
        given().queryParam("minBalance", "lots").get("/accounts").then().statusCode(400).contentType(PROBLEM);

        Map<String, Object> after = summary();
        assertThat(delta(before, after, "accounts")).isEqualTo(money("2"));
        assertThat(delta(before, after, "postings")).isEqualTo(money("2"));
        assertThat(delta(before, after, "totalBalance")).isEqualTo(money("919.99"));
    }

    private static ValidatableResponse pay(String patientId, String json) {
        return given().contentType(ContentType.JSON).body(json).header("Idempotency-Key", UUID.randomUUID().toString()).post("/accounts/{patientId}/payments", patientId)
                .then();
    }

    private static PatientBalanceChanged awaitBalanceChange(String claimId) {
        return TestEvents.awaitEvent(Topics.PATIENT_BALANCE_CHANGED, PatientBalanceChanged.class,
                e -> e.getClaimId().equals(claimId), TIMEOUT);
    }

    /**
     * Balance events written to the outbox for a claim (keyed by its patient, the claim id inside the event): what
     * was announced, however often Kafka delivers it.
     */
    private long announcedFor(String patientId, String claimId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_message where topic = :t and message_key = :k"
                        + " and position(convert_to(:c, 'UTF8') in payload) > 0")
                .setParameter("t", Topics.PATIENT_BALANCE_CHANGED).setParameter("k", patientId)
                .setParameter("c", claimId).getSingleResult()).longValue());
    }

    private static Map<String, Object> summary() {
        return given().get("/accounts/summary").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static BigDecimal delta(Map<String, Object> before, Map<String, Object> after, String key) {
        return new BigDecimal(after.get(key).toString()).subtract(new BigDecimal(before.get(key).toString()));
    }

    private static String newPatientId() {
        return "PAT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static PatientShare share(int line, String procedure, String reason, String amount) {
        return PatientShare.newBuilder().setLineNumber(line).setProcedureCode(procedure).setReasonCode(reason)
                .setAmount(money(amount)).build();
    }

    /** A synthetic adjudication whose patient responsibility is the sum of the given shares. */
    private static ClaimAdjudicated adjudicated(String patientId, PatientShare... shares) {
        String encounterId = "ENC-" + UUID.randomUUID().toString().substring(0, 8);
        BigDecimal responsibility = List.of(shares).stream().map(PatientShare::getAmount)
                .reduce(money("0.00"), BigDecimal::add);
        return ClaimAdjudicated.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2025-03-20T08:00:00Z"))
                .setClaimId("CLM-" + encounterId)
                .setEncounterId(encounterId)
                .setPatientId(patientId)
                .setPayerId("SYNPAYER1")
                .setOutcome("PAID")
                .setTotalCharge(money("1000.00"))
                .setAllowedAmount(money("800.00"))
                .setPaidAmount(money("800.00").subtract(responsibility))
                .setPatientResponsibility(responsibility)
                .setContractualAdjustment(money("200.00"))
                .setDeniedAmount(money("0.00"))
                .setPatientResponsibilityLines(List.of(shares))
                .build();
    }
}
