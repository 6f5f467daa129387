package io.revcycle.claims;

import static io.revcycle.claims.ClaimTestSupport.TIMEOUT;
import static io.revcycle.claims.ClaimTestSupport.adjudicated;
import static io.revcycle.claims.ClaimTestSupport.api;
import static io.revcycle.claims.ClaimTestSupport.awaitClaim;
import static io.revcycle.claims.ClaimTestSupport.claim;
import static io.revcycle.claims.ClaimTestSupport.claimIdOf;
import static io.revcycle.claims.ClaimTestSupport.coded;
import static io.revcycle.claims.ClaimTestSupport.deniedLine;
import static io.revcycle.claims.ClaimTestSupport.denial;
import static io.revcycle.claims.ClaimTestSupport.denials;
import static io.revcycle.claims.ClaimTestSupport.eligibility;
import static io.revcycle.claims.ClaimTestSupport.newEncounterId;
import static io.revcycle.claims.ClaimTestSupport.submitClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.service.ClaimStateMachine;
import io.revcycle.messaging.Failures;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.Topics;
import io.revcycle.messaging.EventHeaders;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.TestEvents;

/** Adjudication outcomes on claims, the denial work queue and the summary totals. */
@QuarkusTest
@TestSecurity(user = "biller7", roles = { Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
class ClaimOutcomeTest {

    @Inject
    ClaimStateMachine stateMachine;

    @Test
    void shouldNotLetAStaleAcknowledgmentUndoAnAdjudicationThatCommittedWhileItRan() {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        submitClaim(encounterId);

        // the 999 handler's transaction reads the claim as SENT; the 835's adjudication commits on its consumer
        // meanwhile; then the handler writes what it decided from its stale read (seen in a bench run: PAID lost)
        Throwable lost = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> {
            Claim stale = Claim.findById(claimId);
            assertThat(stale.status).isEqualTo(ClaimStatus.SENT);
            TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId,
                    adjudicated(encounterId, "PAID", "234.00", "180.00", "130.00", "50.00", "54.00", "0.00"));
            awaitClaim(claimId, c -> "PAID".equals(c.getString("status")));
            stateMachine.move(stale, ClaimStatus.ACKNOWLEDGED, "999 accepted (stale read)");
        }));

        assertThat(lost).as("the stale write fails").isNotNull();
        assertThat(Failures.isConcurrentUpdate(lost)).as("and is recognised as a lost race, redone by the inbox")
                .isTrue();
        JsonPath claim = claim(claimId);
        assertThat(claim.getString("status")).isEqualTo("PAID");
        List<String> causes = api().get("/claims/{id}/timeline", claimId).then().statusCode(200).extract()
                .jsonPath().getList("cause", String.class);
        assertThat(causes).anyMatch(c -> c.startsWith("adjudicated PAID")).noneMatch(c -> c.contains("stale read"));
    }

    @Test
    void shouldRecordThePaidOutcomeAndAmountsOnTheClaim() {
        String encounterId = newEncounterId();
        submitClaim(encounterId);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimIdOf(encounterId),
                adjudicated(encounterId, "PAID", "234.00", "180.00", "130.00", "50.00", "54.00", "0.00"));

        JsonPath claim = awaitClaim(claimIdOf(encounterId), c -> "PAID".equals(c.getString("status")));
        assertThat((Object) claim.get("allowedAmount")).isEqualTo(new BigDecimal("180.00"));
        assertThat((Object) claim.get("paidAmount")).isEqualTo(new BigDecimal("130.00"));
        assertThat((Object) claim.get("patientResponsibility")).isEqualTo(new BigDecimal("50.00"));
        assertThat((Object) claim.get("contractualAdjustment")).isEqualTo(new BigDecimal("54.00"));
        assertThat((Object) claim.get("deniedAmount")).isEqualTo(new BigDecimal("0.00"));
        assertThat(claim.getString("adjudicatedAt")).isNotNull();
    }

    @Test
    void shouldRecordAPartialDenialAndQueueEachDeniedLineNearestDeadlineFirstThenLargestAmount() {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        submitClaim(encounterId);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId,
                adjudicated(encounterId, "PARTIALLY_DENIED", "234.00", "150.00", "100.00", "50.00", "35.00",
                        "49.00"));
        TestEvents.publish(Topics.DENIAL_RAISED, claimId, denial(encounterId,
                deniedLine(2, "36415", "97", "15.00", "M15"), deniedLine(3, "J1100", "16", "34.00", "MA130", "N56")));

        awaitClaim(claimId, c -> "PARTIALLY_DENIED".equals(c.getString("status"))
                && new BigDecimal("49.00").equals(c.get("deniedAmount")));
        List<Map<String, Object>> items = await().atMost(TIMEOUT).until(() -> denials(claimId), l -> l.size() == 2);
        // the same deadline: the larger amount first
        assertThat(items).extracting(i -> i.get("lineNumber"), i -> i.get("procedureCode"), i -> i.get("reasonCode"),
                i -> i.get("amount"), i -> i.get("status")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "J1100", "16", new BigDecimal("34.00"), "OPEN"),
                        org.assertj.core.groups.Tuple.tuple(2, "36415", "97", new BigDecimal("15.00"), "OPEN"));
        assertThat(items.get(0).get("remarkCodes")).isEqualTo(List.of("MA130", "N56"));
        assertThat(items.get(1)).containsEntry("groupCode", "CO").containsEntry("payerId", "SYNPAYER1")
                .containsEntry("encounterId", encounterId).containsKey("createdAt");
        // the days left to the appeal deadline, counted from the service's today
        assertThat(items).allSatisfy(i -> assertThat(((Number) i.get("daysLeft")).longValue()).isEqualTo(
                ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), LocalDate.parse((String) i.get("appealDeadline")))));

        List<Map<String, Object>> open = api().queryParam("status", "OPEN").get("/denials").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(open).filteredOn(i -> claimId.equals(i.get("claimId"))).hasSize(2);
        // nearest appeal deadline first (none last), then the largest amount
        assertThat(open).isSortedAccordingTo((a, b) -> {
            String da = (String) a.get("appealDeadline");
            String db = (String) b.get("appealDeadline");
            int byDeadline = da == null ? (db == null ? 0 : 1) : db == null ? -1 : da.compareTo(db);
            return byDeadline != 0 ? byDeadline
                    : ((BigDecimal) b.get("amount")).compareTo((BigDecimal) a.get("amount"));
        });
        // classified here, by the rules in force, since the event came without a classification
        assertThat(items).extracting(i -> i.get("category"), i -> i.get("department"), i -> i.get("ruleId"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CODING", "CODING", "coding-wrong-code"),
                        org.assertj.core.groups.Tuple.tuple("BUNDLING", "CODING", "bundling-included"));
    }

    @Test
    void shouldDeadLetterAnAdjudicationForAnUnknownClaim() {
        String encounterId = newEncounterId();
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimIdOf(encounterId),
                adjudicated(encounterId, "PAID", "10.00", "10.00", "10.00", "0.00", "0.00", "0.00"));

        List<ConsumerRecord<String, byte[]>> letters = TestEvents.readRaw(
                Topics.deadLetterOf(Topics.CLAIM_ADJUDICATED), TIMEOUT,
                rs -> rs.stream().anyMatch(r -> claimIdOf(encounterId).equals(r.key())));
        ConsumerRecord<String, byte[]> letter = letters.stream().filter(r -> claimIdOf(encounterId).equals(r.key()))
                .findFirst().orElseThrow();
        assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_REASON))
                .isEqualTo("claim " + claimIdOf(encounterId) + " does not exist");
        api().get("/claims/{id}", claimIdOf(encounterId)).then().statusCode(404);
    }

    @Test
    void shouldSummarizeCountsAndMoneyByStatus() {
        JsonPath before = summary();
        String paid = newEncounterId();
        submitClaim(paid);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimIdOf(paid),
                adjudicated(paid, "DENIED", "234.00", "0.00", "0.00", "0.00", "0.00", "234.00"));
        awaitClaim(claimIdOf(paid), c -> "DENIED".equals(c.getString("status")));
        String held = newEncounterId();
        TestEvents.publish(Topics.ENCOUNTER_CODED, held, coded(held));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, held, eligibility(held, false));
        awaitClaim(claimIdOf(held), c -> "HELD".equals(c.getString("status")));

        JsonPath after = summary();
        assertThat(after.getLong("claims") - before.getLong("claims")).isEqualTo(2);
        assertThat(after.getLong("byStatus.DENIED") - before.getLong("byStatus.DENIED")).isEqualTo(1);
        assertThat(after.getLong("byStatus.HELD") - before.getLong("byStatus.HELD")).isEqualTo(1);
        assertThat(after.getLong("byStatus.SENT")).isEqualTo(before.getLong("byStatus.SENT"));
        assertThat(money(after, "billed").subtract(money(before, "billed"))).isEqualTo(new BigDecimal("234.00"));
        assertThat(money(after, "denied").subtract(money(before, "denied"))).isEqualTo(new BigDecimal("234.00"));
        assertThat(money(after, "paid")).isEqualTo(money(before, "paid"));
        assertThat(money(after, "patientResponsibility").scale()).isEqualTo(2);
        long byStatusSum = after.getMap("byStatus", String.class, Number.class).values().stream()
                .mapToLong(Number::longValue).sum();
        assertThat(byStatusSum).isEqualTo(after.getLong("claims"));
        assertThat(after.getMap("byStatus")).containsOnlyKeys("HELD", "READY", "SENT", "ACKNOWLEDGED", "ACCEPTED",
                "REJECTED", "PAID", "PARTIALLY_DENIED", "DENIED", "REVERSED");
    }

    @Test
    void shouldShowAClaimReversedByThePayerUntilItsCorrectedAdjudication() {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        submitClaim(encounterId);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId,
                adjudicated(encounterId, "PAID", "234.00", "180.00", "130.00", "50.00", "54.00", "0.00"));
        awaitClaim(claimId, c -> "PAID".equals(c.getString("status")));

        // the payer takes the payment back (remittance-service: no payment stands after a reversal)
        ClaimAdjudicated reversal = adjudicated(encounterId, "REVERSED", "234.00", "0.00", "0.00", "0.00", "0.00",
                "0.00");
        reversal.setReversal(true);
        reversal.setPostingSequence(2);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, reversal);
        JsonPath reversed = awaitClaim(claimId, c -> "REVERSED".equals(c.getString("status")));
        assertThat((Object) reversed.get("paidAmount")).isEqualTo(new BigDecimal("0.00"));
        assertThat(api().queryParam("status", "reversed").queryParam("encounterId", encounterId).get("/claims")
                .then().statusCode(200).extract().jsonPath().getLong("total")).isEqualTo(1);

        // the corrected claim's adjudication
        ClaimAdjudicated corrected = adjudicated(encounterId, "PAID", "234.00", "180.00", "140.00", "40.00", "54.00",
                "0.00");
        corrected.setPostingSequence(3);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, corrected);
        JsonPath paid = awaitClaim(claimId, c -> "PAID".equals(c.getString("status"))
                && new BigDecimal("140.00").equals(c.get("paidAmount")));
        assertThat((Object) paid.get("patientResponsibility")).isEqualTo(new BigDecimal("40.00"));
        assertThat(api().get("/claims/{id}/timeline", claimId).then().statusCode(200).extract().jsonPath()
                .getList("to", String.class)).containsSubsequence("PAID", "REVERSED", "PAID");
    }

    @Test
    void shouldListTheSeededChargemaster() {
        JsonPath chargemaster = api().get("/chargemaster").then().statusCode(200).extract().jsonPath();
        // the seed (25 codes and a day of room and board for inpatient stays); tests may add later prices
        assertThat(chargemaster.getList("findAll { it.effectiveFrom == '2020-01-01' }")).hasSize(26);
        assertThat((Object) chargemaster.get("find { it.code == 'J3301' }.chargePerUnit"))
                .isEqualTo(new BigDecimal("12.75"));
        assertThat((Object) chargemaster.get("find { it.code == 'G0438' }.chargePerUnit"))
                .isEqualTo(new BigDecimal("230.00"));
    }

    private static JsonPath summary() {
        return api().get("/claims/summary").then().statusCode(200).extract().jsonPath();
    }

    private static BigDecimal money(JsonPath json, String path) {
        return json.get(path);
    }
}
