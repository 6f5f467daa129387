package io.revcycle.remittance;

import static io.revcycle.remittance.RemittanceFixtures.adjustment;
import static io.revcycle.remittance.RemittanceFixtures.claim;
import static io.revcycle.remittance.RemittanceFixtures.money;
import static io.revcycle.remittance.RemittanceFixtures.newEncounterId;
import static io.revcycle.remittance.RemittanceFixtures.partiallyDeniedRemittance;
import static io.revcycle.remittance.RemittanceFixtures.remittance;
import static io.revcycle.remittance.RemittanceFixtures.remittanceLine;
import static io.revcycle.remittance.RemittanceFixtures.resent;
import static io.revcycle.remittance.RemittanceFixtures.unbalancedRemittance;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.DeniedLine;
import io.revcycle.events.PatientShare;
import io.revcycle.events.RemittanceReceived;
import io.revcycle.events.Topics;
import io.revcycle.messaging.EventHeaders;
import io.revcycle.remittance.domain.ClaimMatch;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

@QuarkusTest
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "remittance"))
class RemittancePostingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final EntityManager em;

    RemittancePostingTest(EntityManager em) {
        this.em = em;
    }

    @BeforeAll
    static void exactNumbers() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void shouldPostClaimThenRemittanceWithExactAmountsAndRaiseDenial() {
        String encounterId = newEncounterId();
        String claimId = "CLM-" + encounterId;
        TestEvents.publish(Topics.CLAIM_SUBMITTED, claimId, claim(encounterId));
        await().atMost(TIMEOUT).until(() -> claimRecorded(claimId));

        TestEvents.publish(Topics.PAYER_REMITTANCE, claimId, partiallyDeniedRemittance(encounterId));

        assertPartiallyDeniedPosting(awaitAdjudicated(claimId), awaitDenial(claimId), encounterId);
        given().get("/remittances/{claimId}", claimId).then().statusCode(200)
                .body("status", equalTo("POSTED"))
                .body("patientId", equalTo("PAT-" + encounterId))
                .body("outcome", equalTo("PARTIALLY_DENIED"))
                .body("allowedAmount", equalTo(money("148.00")))
                .body("paidAmount", equalTo(money("88.40")))
                .body("patientResponsibility", equalTo(money("59.60")))
                .body("contractualAdjustment", equalTo(money("37.00")))
                .body("deniedAmount", equalTo(money("75.00")))
                .body("lines.lineNumber", contains(1, 2))
                .body("lines[0].denied", equalTo(false))
                .body("lines[0].adjustments.groupCode", contains("CO", "PR", "PR", "PR"))
                .body("lines[0].adjustments.reasonCode", contains("45", "1", "3", "2"))
                .body("lines[0].adjustments.amount",
                        contains(money("37.00"), money("30.00"), money("25.00"), money("4.60")))
                .body("lines[1].denied", equalTo(true))
                .body("lines[1].remarkCodes", contains("N115"))
                .body("duplicateRemittances", equalTo(0));
    }

    @Test
    void shouldPostTheSameWhenTheRemittanceArrivesBeforeTheClaim() {
        String encounterId = newEncounterId();
        String claimId = "CLM-" + encounterId;
        TestEvents.publish(Topics.PAYER_REMITTANCE, claimId, partiallyDeniedRemittance(encounterId));
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/remittances/{claimId}", claimId).then()
                .statusCode(200).body("status", equalTo("AWAITING_CLAIM")));

        TestEvents.publish(Topics.CLAIM_SUBMITTED, claimId, claim(encounterId));

        assertPartiallyDeniedPosting(awaitAdjudicated(claimId), awaitDenial(claimId), encounterId);
        given().get("/remittances/{claimId}", claimId).then().statusCode(200).body("status", equalTo("POSTED"));
    }

    @Test
    void shouldDeadLetterAnUnbalancedRemittanceAndPostNothing() {
        String encounterId = newEncounterId();
        String claimId = "CLM-" + encounterId;
        TestEvents.publish(Topics.CLAIM_SUBMITTED, claimId, claim(encounterId));
        TestEvents.publish(Topics.PAYER_REMITTANCE, claimId, unbalancedRemittance(encounterId));

        ConsumerRecord<String, byte[]> letter = awaitDeadLetter(Topics.PAYER_REMITTANCE, claimId);
        assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_REASON)).isEqualTo("unbalanced remittance for "
                + "claim " + claimId + ": line 1 charge 185.00 != paid 88.40 + adjustments 66.60");
        assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_CONSUMER))
                .isEqualTo("remittance-service." + Topics.PAYER_REMITTANCE);
        given().get("/remittances/{claimId}", claimId).then().statusCode(404);

        // the rejected remittance left nothing behind: a correct one is posted, not taken for a duplicate
        TestEvents.publish(Topics.PAYER_REMITTANCE, claimId, partiallyDeniedRemittance(encounterId));
        assertThat(awaitAdjudicated(claimId).getPaidAmount()).isEqualTo(money("88.40"));
        given().get("/remittances/{claimId}", claimId).then().statusCode(200).body("duplicateRemittances", equalTo(0));
    }

    @Test
    void shouldPostOnceWhenEventsAreRedeliveredOnBothTopics() {
        String encounterId = newEncounterId();
        String claimId = "CLM-" + encounterId;
        ClaimSubmitted claim = claim(encounterId);
        RemittanceReceived remittance = partiallyDeniedRemittance(encounterId);
        TestEvents.publish(Topics.CLAIM_SUBMITTED, claimId, claim);
        TestEvents.publish(Topics.PAYER_REMITTANCE, claimId, remittance);
        awaitAdjudicated(claimId);

        TestEvents.publish(Topics.CLAIM_SUBMITTED, claimId, claim);
        TestEvents.publish(Topics.PAYER_REMITTANCE, claimId, remittance);
        TestEvents.publish(Topics.PAYER_REMITTANCE, claimId, resent(remittance));
        // markers for another claim on the same partitions (same key): once posted, the redeliveries were consumed
        String markerEncounter = newEncounterId();
        String markerClaim = "CLM-" + markerEncounter;
        TestEvents.publish(Topics.CLAIM_SUBMITTED, claimId, claim(markerEncounter));
        TestEvents.publish(Topics.PAYER_REMITTANCE, claimId, partiallyDeniedRemittance(markerEncounter));
        awaitAdjudicated(markerClaim);

        given().get("/remittances/{claimId}", claimId).then().statusCode(200)
                .body("status", equalTo("POSTED")).body("duplicateRemittances", equalTo(1));
        assertThat(announced(Topics.CLAIM_ADJUDICATED, claimId)).isEqualTo(1);
        assertThat(announced(Topics.DENIAL_RAISED, claimId)).isEqualTo(1);
        List<ClaimAdjudicated> seen = TestEvents.awaitEvents(Topics.CLAIM_ADJUDICATED, ClaimAdjudicated.class,
                e -> e.getClaimId().equals(claimId) || e.getClaimId().equals(markerClaim), 2, TIMEOUT);
        assertThat(seen).extracting(ClaimAdjudicated::getClaimId).containsOnlyOnce(claimId, markerClaim);
    }

    @Test
    void shouldDeadLetterUndecodableRecordsOnBothTopicsAndKeepConsuming() {
        String encounterId = newEncounterId();
        String claimId = "CLM-" + encounterId;
        TestEvents.publishRaw(Topics.CLAIM_SUBMITTED, claimId, "not avro".getBytes());
        TestEvents.publishRaw(Topics.PAYER_REMITTANCE, claimId, "not avro".getBytes());
        TestEvents.publish(Topics.CLAIM_SUBMITTED, claimId, claim(encounterId));
        TestEvents.publish(Topics.PAYER_REMITTANCE, claimId, partiallyDeniedRemittance(encounterId));

        for (String topic : List.of(Topics.CLAIM_SUBMITTED, Topics.PAYER_REMITTANCE)) {
            ConsumerRecord<String, byte[]> letter = awaitDeadLetter(topic, claimId);
            assertThat(letter.value()).isEqualTo("not avro".getBytes());
            assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_REASON)).isNotBlank();
            assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_CONSUMER))
                    .isEqualTo("remittance-service." + topic);
        }
        assertThat(awaitAdjudicated(claimId).getOutcome()).isEqualTo("PARTIALLY_DENIED");
    }

    @Test
    void shouldSummarizePostingsAndWaitingHalves() {
        Map<String, Object> before = summary();
        String paidEncounter = newEncounterId();
        String paidClaim = "CLM-" + paidEncounter;
        String remittanceOnly = newEncounterId();
        String claimOnly = newEncounterId();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, paidClaim, claim(paidEncounter));
        TestEvents.publish(Topics.PAYER_REMITTANCE, paidClaim, remittance(paidEncounter, "1", List.of(
                remittanceLine(1, "99213", "100.00", "80.00", "60.00", List.of(),
                        adjustment("CO", "45", "20.00"), adjustment("PR", "3", "20.00")))));
        TestEvents.publish(Topics.PAYER_REMITTANCE, "CLM-" + remittanceOnly, partiallyDeniedRemittance(remittanceOnly));
        TestEvents.publish(Topics.CLAIM_SUBMITTED, "CLM-" + claimOnly, claim(claimOnly));

        assertThat(awaitAdjudicated(paidClaim).getOutcome()).isEqualTo("PAID");
        await().atMost(TIMEOUT).until(() -> claimRecorded("CLM-" + claimOnly));
        await().atMost(TIMEOUT).untilAsserted(() -> given().get("/remittances/{claimId}", "CLM-" + remittanceOnly)
                .then().statusCode(200).body("status", equalTo("AWAITING_CLAIM")));

        Map<String, Object> after = summary();
        assertThat(delta(before, after, "posted")).isEqualTo(money("1"));
        assertThat(delta(before, after, "paid")).isEqualTo(money("60.00"));
        assertThat(delta(before, after, "allowed")).isEqualTo(money("80.00"));
        assertThat(delta(before, after, "patientResponsibility")).isEqualTo(money("20.00"));
        assertThat(delta(before, after, "contractualAdjustment")).isEqualTo(money("20.00"));
        assertThat(delta(before, after, "denied")).isEqualTo(money("0.00"));
        assertThat(delta(before, after, "awaitingClaim")).isEqualTo(money("1"));
        assertThat(delta(before, after, "awaitingRemittance")).isEqualTo(money("1"));
        assertThat(byOutcome(after, "PAID").subtract(byOutcome(before, "PAID"))).isEqualTo(money("1"));

        given().queryParam("outcome", "PAID").get("/remittances").then().statusCode(200)
                .body("claimId", hasItem(paidClaim)).body("claimId", not(hasItem("CLM-" + remittanceOnly)))
                .body("outcome", not(hasItem("PARTIALLY_DENIED")));
    }

    @Test
    void shouldAnswerProblemsForUnknownClaimsAndBadFilters() {
        given().get("/remittances/{claimId}", "CLM-does-not-exist").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("Remittance for claim CLM-does-not-exist does not exist"));
        given().queryParam("outcome", "MAYBE").get("/remittances").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
    }

    private static void assertPartiallyDeniedPosting(ClaimAdjudicated adjudicated, DenialRaised denial,
            String encounterId) {
        assertThat(adjudicated.getEncounterId()).isEqualTo(encounterId);
        assertThat(adjudicated.getPatientId()).isEqualTo("PAT-" + encounterId);
        assertThat(adjudicated.getPayerId()).isEqualTo("SYNPAYER1");
        assertThat(adjudicated.getOutcome()).isEqualTo("PARTIALLY_DENIED");
        assertThat(adjudicated.getTotalCharge()).isEqualTo(money("260.00"));
        assertThat(adjudicated.getAllowedAmount()).isEqualTo(money("148.00"));
        assertThat(adjudicated.getPaidAmount()).isEqualTo(money("88.40"));
        assertThat(adjudicated.getPatientResponsibility()).isEqualTo(money("59.60"));
        assertThat(adjudicated.getContractualAdjustment()).isEqualTo(money("37.00"));
        assertThat(adjudicated.getDeniedAmount()).isEqualTo(money("75.00"));
        assertThat(adjudicated.getPatientResponsibilityLines())
                .extracting(PatientShare::getLineNumber, PatientShare::getProcedureCode, PatientShare::getReasonCode,
                        PatientShare::getAmount)
                .containsExactly(tuple(1, "99213", "1", money("30.00")), tuple(1, "99213", "3", money("25.00")),
                        tuple(1, "99213", "2", money("4.60")));

        assertThat(denial.getWholeClaim()).isFalse();
        assertThat(denial.getPatientId()).isEqualTo("PAT-" + encounterId);
        assertThat(denial.getDeniedAmount()).isEqualTo(money("75.00"));
        assertThat(denial.getDenials())
                .extracting(DeniedLine::getLineNumber, DeniedLine::getProcedureCode, DeniedLine::getGroupCode,
                        DeniedLine::getReasonCode, DeniedLine::getRemarkCodes, DeniedLine::getAmount)
                .containsExactly(tuple(2, "81002", "CO", "50", List.of("N115"), money("75.00")));
    }

    private static ClaimAdjudicated awaitAdjudicated(String claimId) {
        return TestEvents.awaitEvent(Topics.CLAIM_ADJUDICATED, ClaimAdjudicated.class,
                e -> e.getClaimId().equals(claimId), TIMEOUT);
    }

    private static DenialRaised awaitDenial(String claimId) {
        return TestEvents.awaitEvent(Topics.DENIAL_RAISED, DenialRaised.class, e -> e.getClaimId().equals(claimId),
                TIMEOUT);
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String topic, String key) {
        List<ConsumerRecord<String, byte[]>> letters = TestEvents.readRaw(Topics.deadLetterOf(topic), TIMEOUT,
                rs -> rs.stream().anyMatch(r -> key.equals(r.key())));
        return letters.stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no dead letter with key " + key + " on " + topic));
    }

    private static boolean claimRecorded(String claimId) {
        return QuarkusTransaction.requiringNew().call(() -> ClaimMatch.<ClaimMatch>findByIdOptional(claimId)
                .map(ClaimMatch::claimReceived).orElse(false));
    }

    /** Events written to the outbox for a claim: what the service announced, however often Kafka delivers it. */
    private long announced(String topic, String claimId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_message where topic = :t and message_key = :k")
                .setParameter("t", topic).setParameter("k", claimId).getSingleResult()).longValue());
    }

    private static Map<String, Object> summary() {
        return given().get("/remittances/summary").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static BigDecimal delta(Map<String, Object> before, Map<String, Object> after, String key) {
        return number(after.get(key)).subtract(number(before.get(key)));
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal byOutcome(Map<String, Object> summary, String outcome) {
        return number(((Map<String, Object>) summary.get("byOutcome")).get(outcome));
    }

    /** Counts come back as integers, amounts as BigDecimal (see exactNumbers). */
    private static BigDecimal number(Object value) {
        return new BigDecimal(value.toString());
    }
}
