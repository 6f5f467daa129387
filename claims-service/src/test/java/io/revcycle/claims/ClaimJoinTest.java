package io.revcycle.claims;

import static io.revcycle.claims.ClaimTestSupport.TIMEOUT;
import static io.revcycle.claims.ClaimTestSupport.awaitClaim;
import static io.revcycle.claims.ClaimTestSupport.claimIdOf;
import static io.revcycle.claims.ClaimTestSupport.coded;
import static io.revcycle.claims.ClaimTestSupport.eligibility;
import static io.revcycle.claims.ClaimTestSupport.line;
import static io.revcycle.claims.ClaimTestSupport.newEncounterId;
import static io.revcycle.claims.ClaimTestSupport.readEvents;
import static io.revcycle.claims.ClaimTestSupport.submitClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.revcycle.events.ClaimHeld;
import io.revcycle.events.ClaimLine;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/** Joining coding and eligibility results into one priced claim, in any order and under concurrency. */
@QuarkusTest
@TestSecurity(user = "biller7", roles = { Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class ClaimJoinTest {

    @Test
    void shouldSubmitOnePricedClaimWhenCodingArrivesBeforeEligibility() {
        String encounterId = newEncounterId();
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded(encounterId));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility(encounterId, true));

        ClaimSubmitted submitted = TestEvents.awaitEvent(Topics.CLAIM_SUBMITTED, ClaimSubmitted.class,
                e -> e.getEncounterId().equals(encounterId), TIMEOUT);
        assertStandardClaimSubmitted(submitted, encounterId);
        assertStandardClaimView(awaitClaim(claimIdOf(encounterId), c -> true));
    }

    @Test
    void shouldSubmitTheSameClaimWhenEligibilityArrivesBeforeCoding() {
        String encounterId = newEncounterId();
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility(encounterId, true));
        awaitIntakeWithoutClaim(encounterId);
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded(encounterId));

        ClaimSubmitted submitted = TestEvents.awaitEvent(Topics.CLAIM_SUBMITTED, ClaimSubmitted.class,
                e -> e.getEncounterId().equals(encounterId), TIMEOUT);
        assertStandardClaimSubmitted(submitted, encounterId);
        assertStandardClaimView(claimView(encounterId));
    }

    @Test
    void shouldCreateExactlyOneClaimPerEncounterWhenBothHalvesArriveConcurrently() throws Exception {
        List<String> encounters = new ArrayList<>();
        List<Runnable> publications = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String encounterId = newEncounterId();
            encounters.add(encounterId);
            EncounterCoded c = coded(encounterId);
            EligibilityVerified e = eligibility(encounterId, true);
            // interleaved, and half of them eligibility first
            if (i % 2 == 0) {
                publications.add(() -> TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, c));
                publications.add(() -> TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, e));
            } else {
                publications.add(() -> TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, e));
                publications.add(() -> TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, c));
            }
        }
        ExecutorService publishers = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> sent = new ArrayList<>();
            publications.forEach(p -> sent.add(publishers.submit(p)));
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            publishers.shutdown();
        }
        Set<String> ids = new HashSet<>(encounters);
        // a marker claim submitted after all of them proves the relay has published everything before it
        for (String encounterId : encounters) {
            awaitClaim(claimIdOf(encounterId), c -> "SENT".equals(c.getString("status")));
        }
        String marker = newEncounterId();
        submitClaim(marker);
        List<ClaimSubmitted> events = readEvents(Topics.CLAIM_SUBMITTED, ClaimSubmitted.class,
                seen -> seen.stream().anyMatch(e -> e.getEncounterId().equals(marker)));

        Map<String, Long> perEncounter = events.stream().filter(e -> ids.contains(e.getEncounterId()))
                .collect(Collectors.groupingBy(ClaimSubmitted::getEncounterId, Collectors.counting()));
        assertThat(perEncounter).hasSize(30).allSatisfy((id, count) -> assertThat(count).isEqualTo(1L));
        events.stream().filter(e -> ids.contains(e.getEncounterId()))
                .forEach(e -> assertThat(e.getTotalCharge()).isEqualTo(new BigDecimal("234.00")));
        for (String encounterId : encounters) {
            assertThat(ClaimTestSupport.api().queryParam("encounterId", encounterId).get("/claims").then()
                    .statusCode(200).extract().jsonPath().getLong("total")).isEqualTo(1L);
        }
    }

    @Test
    void shouldHoldClaimWithoutSubmittingWhenCoverageIsInactive() {
        String encounterId = newEncounterId();
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded(encounterId));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility(encounterId, false));

        JsonPath claim = awaitClaim(claimIdOf(encounterId), c -> true);
        assertThat(claim.getString("status")).isEqualTo("HELD");
        assertThat(claim.getString("holdReason")).isEqualTo("COVERAGE_INACTIVE");
        assertThat(claim.getString("holdDetail")).isEqualTo("TERMINATED");
        assertThat(claim.getString("submittedAt")).isNull();
        assertNoClaimSubmittedFor(encounterId);
        // announced, so that coding's DNFB counts the encounter as held in claims
        ClaimHeld held = TestEvents.awaitEvent(Topics.CLAIM_HELD, ClaimHeld.class,
                e -> e.getEncounterId().equals(encounterId), TIMEOUT);
        assertThat(held.getClaimId()).isEqualTo(claimIdOf(encounterId));
        assertThat(held.getHoldReason()).isEqualTo("COVERAGE_INACTIVE");
        assertThat(held.getDetail()).isEqualTo("TERMINATED");
        assertThat(held.getHeldAt()).isNotNull();
    }

    @Test
    void shouldKeepUnknownBenefitsUnknownOnTheClaimAndItsClaimSubmitted() {
        String encounterId = newEncounterId();
        EligibilityVerified unknown = eligibility(encounterId, true);
        // a coverage registered from an HL7 ADT and not verified with the payer: the check states no benefits
        unknown.setCopay(null);
        unknown.setCoinsurancePercent(null);
        unknown.setDeductibleRemaining(null);
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded(encounterId));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, unknown);

        ClaimSubmitted submitted = TestEvents.awaitEvent(Topics.CLAIM_SUBMITTED, ClaimSubmitted.class,
                e -> e.getEncounterId().equals(encounterId), TIMEOUT);
        assertThat(submitted.getTotalCharge()).isEqualTo(new BigDecimal("234.00"));
        assertThat(submitted.getBenefits().getCopay()).isNull();
        assertThat(submitted.getBenefits().getCoinsurancePercent()).isNull();
        assertThat(submitted.getBenefits().getDeductibleRemaining()).isNull();
        JsonPath claim = awaitClaim(claimIdOf(encounterId), c -> true);
        assertThat(claim.getString("status")).isEqualTo("SENT");
        assertThat(claim.getMap("expectedBenefits")).containsEntry("copay", null)
                .containsEntry("coinsurancePercent", null).containsEntry("deductibleRemaining", null);
    }

    @Test
    void shouldHoldClaimNamingTheCodeWhenALineHasNoCharge() {
        String encounterId = newEncounterId();
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId,
                coded(encounterId, List.of(line(1, "99213", 1), line(2, "99999", 2))));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility(encounterId, true));

        JsonPath claim = awaitClaim(claimIdOf(encounterId), c -> true);
        assertThat(claim.getString("status")).isEqualTo("HELD");
        assertThat(claim.getString("holdReason")).isEqualTo("NO_CHARGE");
        assertThat(claim.getString("holdDetail")).contains("99999").doesNotContain("99213");
        assertThat((Object) claim.get("totalCharge")).isNull();
        assertThat((Object) claim.get("lines[0].charge")).isEqualTo(new BigDecimal("125.00"));
        assertThat((Object) claim.get("lines[1].charge")).isNull();
        assertNoClaimSubmittedFor(encounterId);
        ClaimHeld held = TestEvents.awaitEvent(Topics.CLAIM_HELD, ClaimHeld.class,
                e -> e.getEncounterId().equals(encounterId), TIMEOUT);
        assertThat(held.getHoldReason()).isEqualTo("NO_CHARGE");
        assertThat(held.getDetail()).contains("99999").doesNotContain("99213");
    }

    @Test
    void shouldAnnounceTheHoldAgainWhenItsReasonChanges() {
        String encounterId = newEncounterId();
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId,
                coded(encounterId, List.of(line(1, "99213", 1), line(2, "99999", 2))));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility(encounterId, false));
        TestEvents.awaitEvent(Topics.CLAIM_HELD, ClaimHeld.class, e -> e.getEncounterId().equals(encounterId),
                TIMEOUT);

        // coverage found after all, but 99999 still has no price: held on, for the other reason
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility(encounterId, true));

        List<ClaimHeld> holds = TestEvents.awaitEvents(Topics.CLAIM_HELD, ClaimHeld.class,
                e -> e.getEncounterId().equals(encounterId), 2, TIMEOUT);
        assertThat(holds).extracting(ClaimHeld::getHoldReason).containsExactly("COVERAGE_INACTIVE", "NO_CHARGE");
        assertThat(holds.get(1).getHeldAt()).isAfterOrEqualTo(holds.get(0).getHeldAt());
        assertThat(awaitClaim(claimIdOf(encounterId), c -> "NO_CHARGE".equals(c.getString("holdReason")))
                .getString("status")).isEqualTo("HELD");
    }

    @Test
    void shouldNotCreateASecondClaimWhenTheEncounterIsCodedAgain() {
        String encounterId = newEncounterId();
        submitClaim(encounterId);
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId,
                coded(encounterId, List.of(line(1, "99215", 1))));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility(encounterId, true));

        assertNoSecondClaimSubmittedFor(encounterId);
        assertThat(claimView(encounterId).getString("lines[0].procedureCode")).isEqualTo("99214");
    }

    private static void assertStandardClaimSubmitted(ClaimSubmitted e, String encounterId) {
        assertThat(e.getClaimId()).isEqualTo(claimIdOf(encounterId));
        assertThat(e.getPayerId()).isEqualTo("SYNPAYER1");
        assertThat(e.getMemberId()).isEqualTo("MBR-1001");
        assertThat(e.getDateOfService()).isEqualTo(ClaimTestSupport.DOS);
        assertThat(e.getDiagnosisCodes()).containsExactly("E11.9", "I10");
        assertThat(e.getLines()).extracting(ClaimLine::getLineNumber, ClaimLine::getProcedureCode,
                ClaimLine::getUnits, ClaimLine::getCharge).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "99214", 1, new BigDecimal("185.00")),
                        org.assertj.core.groups.Tuple.tuple(2, "36415", 1, new BigDecimal("15.00")),
                        org.assertj.core.groups.Tuple.tuple(3, "J1100", 4, new BigDecimal("34.00")));
        assertThat(e.getLines().get(0).getModifiers()).containsExactly("25");
        assertThat(e.getTotalCharge()).isEqualTo(new BigDecimal("234.00"));
        assertThat(e.getBenefits().getCopay()).isEqualTo(new BigDecimal("25.00"));
        assertThat(e.getBenefits().getCoinsurancePercent()).isEqualTo(new BigDecimal("20.00"));
        assertThat(e.getBenefits().getDeductibleRemaining()).isEqualTo(new BigDecimal("150.00"));
    }

    private static void assertStandardClaimView(JsonPath c) {
        assertThat(c.getString("status")).isEqualTo("SENT");
        assertThat((Object) c.get("holdReason")).isNull();
        assertThat((Object) c.get("totalCharge")).isEqualTo(new BigDecimal("234.00"));
        assertThat(c.getList("lines.charge", BigDecimal.class)).containsExactly(new BigDecimal("185.00"),
                new BigDecimal("15.00"), new BigDecimal("34.00"));
        assertThat((Object) c.get("lines[2].unitCharge")).isEqualTo(new BigDecimal("8.50"));
        assertThat((Object) c.get("expectedBenefits.copay")).isEqualTo(new BigDecimal("25.00"));
    }

    private static JsonPath claimView(String encounterId) {
        return ClaimTestSupport.claim(claimIdOf(encounterId));
    }

    /** Waits until the first half was consumed: no claim yet, since the other half is missing. */
    private static void awaitIntakeWithoutClaim(String encounterId) {
        // the eligibility half alone leaves no visible trace but the intake row; a marker on its partition
        // (same topic, same partition, later offset) tells us it was consumed
        String marker = ClaimTestSupport.encounterOnSamePartition(encounterId, "");
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, marker, eligibility(marker, true));
        TestEvents.publish(Topics.ENCOUNTER_CODED, marker, coded(marker));
        awaitClaim(claimIdOf(marker), c -> true);
        ClaimTestSupport.api().get("/claims/{id}", claimIdOf(encounterId)).then().statusCode(404);
    }

    private static void assertNoClaimSubmittedFor(String encounterId) {
        String marker = newEncounterId();
        submitClaim(marker);
        List<ClaimSubmitted> events = readEvents(Topics.CLAIM_SUBMITTED, ClaimSubmitted.class,
                seen -> seen.stream().anyMatch(e -> e.getEncounterId().equals(marker)));
        assertThat(events).extracting(ClaimSubmitted::getEncounterId).doesNotContain(encounterId);
    }

    private static void assertNoSecondClaimSubmittedFor(String encounterId) {
        // markers on the same partitions of both input topics: once their claim exists, both re-sent halves
        // were consumed
        String marker = ClaimTestSupport.encounterOnSamePartition(encounterId, "");
        submitClaim(marker);
        List<ClaimSubmitted> events = readEvents(Topics.CLAIM_SUBMITTED, ClaimSubmitted.class,
                seen -> seen.stream().anyMatch(e -> e.getEncounterId().equals(marker)));
        assertThat(events.stream().map(ClaimSubmitted::getEncounterId).filter(encounterId::equals).count())
                .isEqualTo(1);
        assertThat(ClaimTestSupport.api().queryParam("encounterId", encounterId).get("/claims").then()
                .statusCode(200).extract().jsonPath().getLong("total")).isEqualTo(1L);
    }
}
