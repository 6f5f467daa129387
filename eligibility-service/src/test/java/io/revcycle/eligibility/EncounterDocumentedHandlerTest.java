package io.revcycle.eligibility;

import static io.restassured.RestAssured.given;
import static io.revcycle.eligibility.TestData.coverage;
import static io.revcycle.eligibility.TestData.createCoverage;
import static io.revcycle.eligibility.TestData.encounter;
import static io.revcycle.eligibility.TestData.id;
import static io.revcycle.eligibility.TestData.keyOnSamePartitionAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.events.CoverageInOrder;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.Topics;
import io.revcycle.messaging.EventHeaders;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.TestEvents;

/** EncounterDocumented in, EligibilityVerified out, through the real broker, registry and database. */
@QuarkusTest
@TestSecurity(user = "registration-1", roles = { Roles.REGISTRATION })
class EncounterDocumentedHandlerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    @BeforeEach
    void exactNumbers() {
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void shouldPublishActiveCoverageWithExactBenefits() {
        String patientId = id("PAT");
        String memberId = id("MBR");
        String coverageId = createCoverage(coverage(patientId, memberId, "2026-01-01", null));
        String encounterId = id("ENC");

        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId,
                encounter(encounterId, patientId, memberId, LocalDate.of(2026, 3, 15)));

        EligibilityVerified verified = awaitVerified(encounterId);
        assertThat(verified.getCoverageActive()).isTrue();
        assertThat(verified.getCoverageId()).isEqualTo(coverageId);
        assertThat(verified.getPlanName()).isEqualTo("Synthetic PPO Gold");
        assertThat(verified.getInactiveReason()).isNull();
        assertThat(verified.getCopay()).isEqualTo(new BigDecimal("25.00"));
        assertThat(verified.getCoinsurancePercent()).isEqualTo(new BigDecimal("20.00"));
        assertThat(verified.getDeductibleRemaining()).isEqualTo(new BigDecimal("150.00"));
        assertThat(verified.getPatientId()).isEqualTo(patientId);
        assertThat(verified.getPayerId()).isEqualTo("SYNPAYER1");
        assertThat(verified.getMemberId()).isEqualTo(memberId);
        assertThat(verified.getDateOfService()).isEqualTo(LocalDate.of(2026, 3, 15));

        given().when().get("/eligibility-checks/" + encounterId)
                .then().statusCode(200)
                .body("result", equalTo("ACTIVE"))
                .body("coverageActive", equalTo(true))
                .body("coverageId", equalTo(coverageId))
                .body("copay", equalTo(new BigDecimal("25.00")))
                .body("coinsurancePercent", equalTo(new BigDecimal("20.00")))
                .body("deductibleRemaining", equalTo(new BigDecimal("150.00")))
                .body("verifiedEventId", equalTo(verified.getEventId().toString()));
    }

    @Test
    void shouldCarryThePatientsOrderOfBenefitsWithTheRuleAndEachCoveragesMemberId() {
        String patientId = id("PAT");
        String memberId = id("MBR");
        String spouseMemberId = id("MBR");
        String ownId = createCoverage(coverage(patientId, memberId, "2026-01-01", null));
        Map<String, Object> spouse = coverage(patientId, spouseMemberId, "2020-01-01", null);
        spouse.put("payerId", "SYNPAYER2");
        spouse.put("relationshipToSubscriber", "SPOUSE");
        spouse.put("subscriberFirstName", "Sam");
        spouse.put("subscriberLastName", "Synthetic");
        spouse.put("subscriberBirthDate", "1970-02-01");
        String spouseId = createCoverage(spouse);
        String encounterId = id("ENC");

        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId,
                encounter(encounterId, patientId, memberId, LocalDate.of(2026, 3, 15)));

        EligibilityVerified verified = awaitVerified(encounterId);
        assertThat(verified.getOrderOfBenefits()).hasSize(2);
        CoverageInOrder primary = verified.getOrderOfBenefits().get(0);
        CoverageInOrder secondary = verified.getOrderOfBenefits().get(1);
        assertThat(primary.getPosition()).isEqualTo(1);
        assertThat(primary.getPayerResponsibility()).isEqualTo("P");
        assertThat(primary.getPayerId()).isEqualTo("SYNPAYER1");
        assertThat(primary.getCoverageId()).isEqualTo(ownId);
        assertThat(primary.getMemberId()).isEqualTo(memberId);
        assertThat(primary.getRelationshipCode()).isEqualTo("18");
        assertThat(primary.getRule()).isEqualTo("SUBSCRIBER_BEFORE_DEPENDENT");
        assertThat(primary.getSubscriberLastName()).isNull();
        assertThat(secondary.getPayerResponsibility()).isEqualTo("S");
        assertThat(secondary.getPayerId()).isEqualTo("SYNPAYER2");
        assertThat(secondary.getCoverageId()).isEqualTo(spouseId);
        assertThat(secondary.getMemberId()).isEqualTo(spouseMemberId);
        assertThat(secondary.getRelationshipCode()).isEqualTo("01");
        assertThat(secondary.getSubscriberFirstName()).isEqualTo("Sam");
        assertThat(secondary.getSubscriberLastName()).isEqualTo("Synthetic");
    }

    @Test
    void shouldCoverTheLastDayAndReportTerminatedAfterIt() {
        String patientId = id("PAT");
        String memberId = id("MBR");
        String coverageId = createCoverage(coverage(patientId, memberId, "2025-01-01", "2025-12-31"));
        String lastDay = id("ENC");
        String dayAfter = id("ENC");

        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, lastDay,
                encounter(lastDay, patientId, memberId, LocalDate.of(2025, 12, 31)));
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, dayAfter,
                encounter(dayAfter, patientId, memberId, LocalDate.of(2026, 1, 1)));

        assertThat(awaitVerified(lastDay).getCoverageId()).isEqualTo(coverageId);
        assertInactive(awaitVerified(dayAfter), "TERMINATED");
        given().when().get("/eligibility-checks/" + dayAfter)
                .then().statusCode(200)
                .body("result", equalTo("INACTIVE"))
                .body("reason", equalTo("TERMINATED"))
                .body("copay", equalTo(ZERO));
    }

    @Test
    void shouldReportNotYetEffectiveBeforeCoverageStarts() {
        String patientId = id("PAT");
        String memberId = id("MBR");
        createCoverage(coverage(patientId, memberId, "2026-07-01", null));
        String encounterId = id("ENC");

        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId,
                encounter(encounterId, patientId, memberId, LocalDate.of(2026, 6, 30)));

        assertInactive(awaitVerified(encounterId), "NOT_YET_EFFECTIVE");
    }

    @Test
    void shouldRecheckAnUncoveredEncounterWhenTheMembersCoverageIsRegistered() {
        String patientId = id("PAT");
        String memberId = id("MBR");
        String encounterId = id("ENC");
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId,
                encounter(encounterId, patientId, memberId, LocalDate.of(2026, 3, 15)));
        EligibilityVerified first = awaitVerified(encounterId);
        assertInactive(first, "NO_COVERAGE_ON_FILE");

        String coverageId = createCoverage(coverage(patientId, memberId, "2026-01-01", null));

        List<EligibilityVerified> both = TestEvents.awaitEvents(Topics.ELIGIBILITY_VERIFIED, EligibilityVerified.class,
                e -> e.getEncounterId().equals(encounterId), 2, TIMEOUT);
        EligibilityVerified second = both.get(1);
        assertThat(second.getEventId()).isNotEqualTo(first.getEventId());
        assertThat(second.getCoverageActive()).isTrue();
        assertThat(second.getCoverageId()).isEqualTo(coverageId);
        given().when().get("/eligibility-checks/" + encounterId)
                .then().statusCode(200)
                .body("result", equalTo("ACTIVE"))
                .body("verifiedEventId", equalTo(second.getEventId().toString()));
        assertThat(checksOf(encounterId)).isEqualTo(1);
    }

    @Test
    void shouldReportNoCoverageOnFileForUnknownMemberOrOtherPayer() {
        String patientId = id("PAT");
        String memberId = id("MBR");
        Map<String, Object> atOtherPayer = coverage(patientId, memberId, "2026-01-01", null);
        atOtherPayer.put("payerId", "SYNPAYER2");
        createCoverage(atOtherPayer);
        String unknownMember = id("ENC");
        String memberAtOtherPayer = id("ENC");

        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, unknownMember,
                encounter(unknownMember, patientId, id("MBR"), LocalDate.of(2026, 3, 15)));
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, memberAtOtherPayer,
                encounter(memberAtOtherPayer, patientId, memberId, LocalDate.of(2026, 3, 15)));

        assertInactive(awaitVerified(unknownMember), "NO_COVERAGE_ON_FILE");
        assertInactive(awaitVerified(memberAtOtherPayer), "NO_COVERAGE_ON_FILE");
    }

    @Test
    void shouldCheckOnceWhenTheSameEventIsDeliveredTwice() {
        String patientId = id("PAT");
        String memberId = id("MBR");
        createCoverage(coverage(patientId, memberId, "2026-01-01", null));
        String encounterId = id("ENC");
        EncounterDocumented event = encounter(encounterId, patientId, memberId, LocalDate.of(2026, 3, 15));
        String marker = keyOnSamePartitionAs(encounterId, Topics.ENCOUNTER_DOCUMENTED, "ENC");

        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId, event);
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId, event);
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, marker,
                encounter(marker, patientId, memberId, LocalDate.of(2026, 3, 16)));

        assertOneVerifiedBeforeMarker(encounterId, marker);
        assertThat(checksOf(encounterId)).isEqualTo(1);
    }

    @Test
    void shouldKeepTheStoredResultWhenAnEncounterIsRepublishedWithANewEventId() {
        String patientId = id("PAT");
        String memberId = id("MBR");
        String coverageId = createCoverage(coverage(patientId, memberId, "2026-01-01", null));
        String encounterId = id("ENC");
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId,
                encounter(encounterId, patientId, memberId, LocalDate.of(2026, 3, 15)));
        EligibilityVerified first = awaitVerified(encounterId);
        // coverage ends before the DOS: a new check would say TERMINATED, the stored one stays ACTIVE
        given().contentType(ContentType.JSON).body("{\"effectiveTo\": \"2026-02-28\"}")
                .when().put("/coverages/" + coverageId + "/termination").then().statusCode(200);
        String marker = keyOnSamePartitionAs(encounterId, Topics.ENCOUNTER_DOCUMENTED, "ENC");

        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId,
                encounter(UUID.randomUUID(), encounterId, patientId, memberId, LocalDate.of(2026, 3, 15)));
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, marker,
                encounter(marker, patientId, memberId, LocalDate.of(2026, 3, 16)));

        assertOneVerifiedBeforeMarker(encounterId, marker);
        assertThat(checksOf(encounterId)).isEqualTo(1);
        given().when().get("/eligibility-checks/" + encounterId)
                .then().statusCode(200)
                .body("result", equalTo("ACTIVE"))
                .body("verifiedEventId", equalTo(first.getEventId().toString()));
    }

    @Test
    void shouldDeadLetterUndecodableRecordsAndProcessTheNextEvent() {
        String poisonKey = id("ENC");
        String next = keyOnSamePartitionAs(poisonKey, Topics.ENCOUNTER_DOCUMENTED, "ENC");

        TestEvents.publishRaw(Topics.ENCOUNTER_DOCUMENTED, poisonKey, "not avro".getBytes(StandardCharsets.UTF_8));
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, next,
                encounter(next, id("PAT"), id("MBR"), LocalDate.of(2026, 3, 15)));

        ConsumerRecord<String, byte[]> letter = awaitDeadLetter(poisonKey);
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("not avro");
        assertThat(header(letter, EventHeaders.DLQ_REASON)).isNotBlank();
        assertThat(header(letter, EventHeaders.DLQ_CONSUMER))
                .isEqualTo("eligibility-service." + Topics.ENCOUNTER_DOCUMENTED);
        assertThat(header(letter, EventHeaders.DLQ_ORIGIN_TOPIC)).isEqualTo(Topics.ENCOUNTER_DOCUMENTED);
        assertInactive(awaitVerified(next), "NO_COVERAGE_ON_FILE");
    }

    @Test
    void shouldDeadLetterAnEncounterThatCannotBeChecked() {
        String encounterId = id("ENC");
        EncounterDocumented event = encounter(encounterId, " ", id("MBR"), LocalDate.of(2026, 3, 15));

        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId, event);

        ConsumerRecord<String, byte[]> letter = awaitDeadLetter(encounterId);
        assertThat(header(letter, EventHeaders.DLQ_REASON)).contains("patient.patientId");
        given().when().get("/eligibility-checks/" + encounterId).then().statusCode(404);
    }

    private static EligibilityVerified awaitVerified(String encounterId) {
        return TestEvents.awaitEvent(Topics.ELIGIBILITY_VERIFIED, EligibilityVerified.class,
                e -> e.getEncounterId().equals(encounterId), TIMEOUT);
    }

    /** The marker's output comes after any duplicate output (same key order), so one match is final. */
    private static void assertOneVerifiedBeforeMarker(String encounterId, String marker) {
        List<EligibilityVerified> seen = TestEvents.awaitEvents(Topics.ELIGIBILITY_VERIFIED, EligibilityVerified.class,
                e -> Set.of(encounterId, marker).contains(e.getEncounterId()), 2, TIMEOUT);
        assertThat(seen).filteredOn(e -> e.getEncounterId().equals(encounterId)).hasSize(1);
        assertThat(seen).filteredOn(e -> e.getEncounterId().equals(marker)).hasSize(1);
    }

    private static void assertInactive(EligibilityVerified verified, String reason) {
        assertThat(verified.getCoverageActive()).isFalse();
        assertThat(verified.getInactiveReason()).isEqualTo(reason);
        assertThat(verified.getCoverageId()).isNull();
        assertThat(verified.getPlanName()).isNull();
        assertThat(verified.getCopay()).isEqualTo(ZERO);
        assertThat(verified.getCoinsurancePercent()).isEqualTo(ZERO);
        assertThat(verified.getDeductibleRemaining()).isEqualTo(ZERO);
    }

    private static long checksOf(String encounterId) {
        return QuarkusTransaction.requiringNew().call(() -> EligibilityCheck.count("encounterId", encounterId));
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        List<ConsumerRecord<String, byte[]>> letters = TestEvents.readRaw(
                Topics.deadLetterOf(Topics.ENCOUNTER_DOCUMENTED), TIMEOUT,
                rs -> rs.stream().anyMatch(r -> key.equals(r.key())));
        return letters.stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no dead letter with key " + key));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
