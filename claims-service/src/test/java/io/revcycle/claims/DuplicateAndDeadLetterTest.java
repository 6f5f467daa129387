package io.revcycle.claims;

import static io.revcycle.claims.ClaimTestSupport.TIMEOUT;
import static io.revcycle.claims.ClaimTestSupport.adjudicated;
import static io.revcycle.claims.ClaimTestSupport.api;
import static io.revcycle.claims.ClaimTestSupport.awaitClaim;
import static io.revcycle.claims.ClaimTestSupport.claimIdOf;
import static io.revcycle.claims.ClaimTestSupport.coded;
import static io.revcycle.claims.ClaimTestSupport.deniedLine;
import static io.revcycle.claims.ClaimTestSupport.denial;
import static io.revcycle.claims.ClaimTestSupport.denials;
import static io.revcycle.claims.ClaimTestSupport.eligibility;
import static io.revcycle.claims.ClaimTestSupport.encounterOnSamePartition;
import static io.revcycle.claims.ClaimTestSupport.newEncounterId;
import static io.revcycle.claims.ClaimTestSupport.readEvents;
import static io.revcycle.claims.ClaimTestSupport.submitClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.Topics;
import io.revcycle.messaging.EventHeaders;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.TestEvents;

/**
 * Redelivered events (same eventId) have one effect, and undecodable records go to the dead-letter topics, on every
 * topic the service consumes. A marker published later on the same partition proves the duplicate was consumed.
 */
@QuarkusTest
@TestSecurity(user = "biller7", roles = { Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
class DuplicateAndDeadLetterTest {

    @Test
    void shouldCreateOneClaimWhenEncounterCodedIsDeliveredTwice() {
        String encounterId = newEncounterId();
        EncounterCoded coded = coded(encounterId);
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded);
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded);
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility(encounterId, true));

        assertExactlyOneClaimSubmittedAfterMarker(encounterId);
    }

    @Test
    void shouldCreateOneClaimWhenEligibilityVerifiedIsDeliveredTwice() {
        String encounterId = newEncounterId();
        EligibilityVerified eligibility = eligibility(encounterId, true);
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility);
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded(encounterId));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility);

        assertExactlyOneClaimSubmittedAfterMarker(encounterId);
    }

    @Test
    void shouldIgnoreARedeliveredAdjudicationThatWasSupersededMeanwhile() {
        String encounterId = newEncounterId();
        String marker = encounterOnSamePartition(claimIdOf(encounterId), "CLM-");
        submitClaim(encounterId);
        submitClaim(marker);
        ClaimAdjudicated paid = adjudicated(encounterId, "PAID", "234.00", "180.00", "130.00", "50.00", "54.00",
                "0.00");
        ClaimAdjudicated corrected = adjudicated(encounterId, "DENIED", "234.00", "0.00", "0.00", "0.00", "0.00",
                "234.00");
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimIdOf(encounterId), paid);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimIdOf(encounterId), corrected);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimIdOf(encounterId), paid); // redelivery: no effect
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimIdOf(marker),
                adjudicated(marker, "PAID", "234.00", "180.00", "130.00", "50.00", "54.00", "0.00"));

        awaitClaim(claimIdOf(marker), c -> "PAID".equals(c.getString("status")));
        JsonPath claim = ClaimTestSupport.claim(claimIdOf(encounterId));
        assertThat(claim.getString("status")).isEqualTo("DENIED");
        assertThat((Object) claim.get("paidAmount")).isEqualTo(new BigDecimal("0.00"));
        assertThat((Object) claim.get("deniedAmount")).isEqualTo(new BigDecimal("234.00"));
    }

    @Test
    void shouldQueueDeniedLinesOnceWhenDenialRaisedIsDeliveredTwice() {
        String encounterId = newEncounterId();
        String marker = encounterOnSamePartition(claimIdOf(encounterId), "CLM-");
        submitClaim(encounterId);
        submitClaim(marker);
        DenialRaised denial = denial(encounterId, deniedLine(2, "36415", "97", "15.00"),
                deniedLine(3, "J1100", "16", "34.00", "MA130"));
        TestEvents.publish(Topics.DENIAL_RAISED, claimIdOf(encounterId), denial);
        TestEvents.publish(Topics.DENIAL_RAISED, claimIdOf(encounterId), denial);
        TestEvents.publish(Topics.DENIAL_RAISED, claimIdOf(marker),
                denial(marker, deniedLine(1, "99214", "50", "185.00")));

        await().atMost(TIMEOUT).until(() -> denials(claimIdOf(marker)).size() == 1);
        // each line once (the queue lists the larger amount first: line 3, 34.00)
        assertThat(denials(claimIdOf(encounterId))).extracting(i -> i.get("lineNumber")).containsExactly(3, 2);
    }

    @Test
    void shouldDeadLetterUndecodableRecordsOnEveryConsumedTopicAndKeepConsuming() {
        String adjudicatedEncounter = newEncounterId();
        submitClaim(adjudicatedEncounter);
        String encounterId = newEncounterId();
        // the garbage shares each valid event's partition, so the valid one really comes after it
        String garbageEncounterKey = encounterOnSamePartition(encounterId, "");
        String garbageClaimKey = claimIdOf(encounterOnSamePartition(claimIdOf(adjudicatedEncounter), "CLM-"));
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
        TestEvents.publishRaw(Topics.ENCOUNTER_CODED, garbageEncounterKey, garbage);
        TestEvents.publishRaw(Topics.ELIGIBILITY_VERIFIED, garbageEncounterKey, garbage);
        TestEvents.publishRaw(Topics.CLAIM_ADJUDICATED, garbageClaimKey, garbage);
        TestEvents.publishRaw(Topics.DENIAL_RAISED, garbageClaimKey, garbage);

        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded(encounterId));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility(encounterId, true));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimIdOf(adjudicatedEncounter), adjudicated(
                adjudicatedEncounter, "PARTIALLY_DENIED", "234.00", "150.00", "100.00", "50.00", "35.00", "49.00"));
        TestEvents.publish(Topics.DENIAL_RAISED, claimIdOf(adjudicatedEncounter),
                denial(adjudicatedEncounter, deniedLine(3, "J1100", "16", "34.00")));

        awaitClaim(claimIdOf(encounterId), c -> "SENT".equals(c.getString("status")));
        awaitClaim(claimIdOf(adjudicatedEncounter), c -> "PARTIALLY_DENIED".equals(c.getString("status")));
        await().atMost(TIMEOUT).until(() -> denials(claimIdOf(adjudicatedEncounter)).size() == 1);
        assertDeadLettered(Topics.ENCOUNTER_CODED, garbageEncounterKey, garbage);
        assertDeadLettered(Topics.ELIGIBILITY_VERIFIED, garbageEncounterKey, garbage);
        assertDeadLettered(Topics.CLAIM_ADJUDICATED, garbageClaimKey, garbage);
        assertDeadLettered(Topics.DENIAL_RAISED, garbageClaimKey, garbage);
        api().get("/claims/{id}", claimIdOf(garbageEncounterKey)).then().statusCode(404);
    }

    private static void assertDeadLettered(String topic, String key, byte[] payload) {
        List<ConsumerRecord<String, byte[]>> letters = TestEvents.readRaw(Topics.deadLetterOf(topic), TIMEOUT,
                rs -> rs.stream().anyMatch(r -> key.equals(r.key())));
        ConsumerRecord<String, byte[]> letter = letters.stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing dead-lettered from " + topic));
        assertThat(letter.value()).isEqualTo(payload);
        assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_REASON)).isNotBlank();
        assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_CONSUMER)).isEqualTo("claims-service." + topic);
        assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_ORIGIN_TOPIC)).isEqualTo(topic);
    }

    /** Once a marker encounter on the same partitions has its claim, the duplicate was consumed too. */
    private static void assertExactlyOneClaimSubmittedAfterMarker(String encounterId) {
        String marker = encounterOnSamePartition(encounterId, "");
        submitClaim(marker);
        List<ClaimSubmitted> events = readEvents(Topics.CLAIM_SUBMITTED, ClaimSubmitted.class,
                seen -> seen.stream().anyMatch(e -> e.getEncounterId().equals(marker))
                        && seen.stream().anyMatch(e -> e.getEncounterId().equals(encounterId)));
        assertThat(events).filteredOn(e -> e.getEncounterId().equals(encounterId)).hasSize(1)
                .allSatisfy(e -> assertThat(e.getTotalCharge()).isEqualTo(new BigDecimal("234.00")));
        assertThat(api().queryParam("encounterId", encounterId).get("/claims").then().statusCode(200).extract()
                .jsonPath().getLong("total")).isEqualTo(1L);
    }
}
