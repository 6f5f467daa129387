package io.revcycle.claims;

import static io.revcycle.claims.ClaimTestSupport.TIMEOUT;
import static io.revcycle.claims.ClaimTestSupport.awaitClaim;
import static io.revcycle.claims.ClaimTestSupport.claimIdOf;
import static io.revcycle.claims.ClaimTestSupport.coded;
import static io.revcycle.claims.ClaimTestSupport.eligibility;
import static io.revcycle.claims.ClaimTestSupport.newEncounterId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.revcycle.clock.ControllableClock;
import io.revcycle.events.EligibilityReverificationRequested;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.TestEvents;

/**
 * Re-verification before sending, through the real broker: a claim whose last eligibility check is older than
 * revcycle.claims.eligibility-max-age (30 days) is held and a fresh check is asked for; the answer decides.
 */
@QuarkusTest
@TestSecurity(user = "biller-rv", roles = { Roles.BILLER })
class EligibilityReverificationTest {

    @Inject
    ControllableClock clock;

    @Test
    void shouldHoldAClaimWhoseCheckIsOlderThanTheLimitAskForAFreshCheckAndSendItOnceActive() {
        String encounterId = newEncounterId();
        Instant checkedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility(encounterId, true, checkedAt));
        awaitIntake(encounterId);
        EligibilityReverificationRequested request;
        try {
            // the claim is made 31 days after its check (the service's clock moved on)
            clock.advance(Duration.ofDays(31));
            TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded(encounterId));

            JsonPath held = awaitClaim(claimIdOf(encounterId), c -> true);
            assertThat(held.getString("status")).isEqualTo("HELD");
            assertThat(held.getString("holdReason")).isEqualTo("ELIGIBILITY_REVERIFICATION");
            assertThat(held.getString("holdDetail")).contains(checkedAt.toString()).contains("30 days");
            request = TestEvents.awaitEvent(Topics.ELIGIBILITY_REVERIFICATION_REQUESTED,
                    EligibilityReverificationRequested.class, e -> e.getEncounterId().equals(encounterId), TIMEOUT);
        } finally {
            clock.reset();
        }
        assertThat(request.getClaimId()).isEqualTo(claimIdOf(encounterId));
        assertThat(request.getPayerId()).isEqualTo("SYNPAYER1");
        assertThat(request.getPatientId()).isEqualTo("PAT-" + encounterId.substring(4, 12));
        assertThat(request.getDateOfService()).isEqualTo(ClaimTestSupport.DOS);
        assertThat(request.getLastCheckedAt()).isEqualTo(checkedAt);
        assertThat(request.getMaxAgeDays()).isEqualTo(30);

        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility(encounterId, true, Instant.now()));

        JsonPath sent = awaitClaim(claimIdOf(encounterId), c -> "SENT".equals(c.getString("status")));
        assertThat((Object) sent.get("holdReason")).isNull();
        assertThat(ClaimTestSupport.api().get("/claims/{id}/timeline", claimIdOf(encounterId)).then().statusCode(200)
                .extract().jsonPath().getList("cause", String.class))
                .anyMatch(c -> c.startsWith("eligibility re-verified: coverage active"));
    }

    @Test
    void shouldKeepTheClaimHeldWithTheReasonWhenTheFreshCheckIsNotActive() {
        String encounterId = newEncounterId();
        // a check 40 days old when the claim is made
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded(encounterId));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId,
                eligibility(encounterId, true, Instant.now().minus(Duration.ofDays(40))));
        awaitClaim(claimIdOf(encounterId), c -> "ELIGIBILITY_REVERIFICATION".equals(c.getString("holdReason")));
        TestEvents.awaitEvent(Topics.ELIGIBILITY_REVERIFICATION_REQUESTED, EligibilityReverificationRequested.class,
                e -> e.getEncounterId().equals(encounterId), TIMEOUT);

        EligibilityVerified unverified = eligibility(encounterId, false, Instant.now());
        unverified.setInactiveReason("UNVERIFIED");
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, unverified);

        JsonPath held = awaitClaim(claimIdOf(encounterId), c -> "COVERAGE_INACTIVE".equals(c.getString("holdReason")));
        assertThat(held.getString("status")).isEqualTo("HELD");
        assertThat(held.getString("holdDetail")).isEqualTo("UNVERIFIED");
        assertThat(held.getString("submittedAt")).isNull();
    }

    private static EligibilityVerified eligibility(String encounterId, boolean active, Instant checkedAt) {
        EligibilityVerified e = ClaimTestSupport.eligibility(encounterId, active);
        e.setEventId(UUID.randomUUID());
        e.setOccurredAt(checkedAt);
        return e;
    }

    /** The eligibility half alone leaves only the intake row: a marker claim on its partition, consumed after it. */
    private static void awaitIntake(String encounterId) {
        String marker = ClaimTestSupport.encounterOnSamePartition(encounterId, "");
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, marker, ClaimTestSupport.eligibility(marker, true));
        TestEvents.publish(Topics.ENCOUNTER_CODED, marker, coded(marker));
        awaitClaim(claimIdOf(marker), c -> true);
    }
}
