package io.revcycle.claims;

import static io.revcycle.claims.ClaimTestSupport.api;
import static io.revcycle.claims.ClaimTestSupport.claimIdOf;
import static io.revcycle.claims.ClaimTestSupport.newEncounterId;
import static io.revcycle.claims.ClaimTestSupport.submitClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.revcycle.claims.domain.PayerEntry;
import io.revcycle.events.CodedLine;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.PayerDirectoryUpdated;
import io.revcycle.events.Topics;
import io.revcycle.testsupport.TestEvents;

import io.revcycle.security.Roles;

/** The read API: filters, paging and order, and problem+json for bad input. */
@QuarkusTest
@TestSecurity(user = "biller7", roles = { Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
class ClaimRestTest {

    @Test
    void shouldAnswer404ProblemForAnUnknownClaim() {
        api().get("/claims/{id}", "unknown").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("unknown"));
    }

    @Test
    void shouldAnswer400ProblemForBadFiltersAndPaging() {
        api().queryParam("status", "LOST").get("/claims").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("status"));
        api().queryParam("page", -1).get("/claims").then().statusCode(400).contentType("application/problem+json");
        api().queryParam("page", "abc").get("/claims").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("page"));
        api().queryParam("page", Integer.MAX_VALUE).get("/claims").then().statusCode(400);
        api().queryParam("size", 0).get("/claims").then().statusCode(400).contentType("application/problem+json");
        api().queryParam("size", 100000).get("/claims").then().statusCode(400)
                .contentType("application/problem+json");
        api().queryParam("status", "CLOSED_FOREVER").get("/denials").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldListClaimsByStatusAndEncounterWithoutPatientDetails() {
        String encounterId = newEncounterId();
        submitClaim(encounterId);

        JsonPath page = api().queryParam("status", "sent").queryParam("encounterId", encounterId)
                .get("/claims").then().statusCode(200).extract().jsonPath();
        assertThat(page.getLong("total")).isEqualTo(1);
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getString("items[0].claimId")).isEqualTo(claimIdOf(encounterId));
        assertThat(page.getMap("items[0]")).doesNotContainKeys("memberId", "firstName", "lastName", "dateOfBirth");

        JsonPath held = api().queryParam("status", "HELD").queryParam("encounterId", encounterId).get("/claims")
                .then().statusCode(200).extract().jsonPath();
        assertThat(held.getList("items")).isEmpty();

        JsonPath small = api().queryParam("size", 1).get("/claims").then().statusCode(200).extract().jsonPath();
        assertThat(small.getList("items")).hasSize(1);
        assertThat(small.getLong("total")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldListHeldClaimsNearestFilingDeadlineFirstThenLargestChargeWithTheDaysLeft() {
        // two payers announced by the payer directory: 30 and 90 days to file
        String soon = payer(30);
        String later = payer(90);
        LocalDate dos = LocalDate.now(ZoneOffset.UTC).minusDays(10);
        String small = held(later, dos, List.of(ClaimTestSupport.line(1, "99213", 1))); // 125.00, 80 days left
        String large = held(later, dos, ClaimTestSupport.standardLines()); // 234.00, 80 days left
        String urgent = held(soon, dos, List.of(ClaimTestSupport.line(1, "99213", 1))); // 125.00, 20 days left

        // HELD claims are listed nearest deadline first by default; payers without a window come last
        List<Map<String, Object>> items = await().atMost(ClaimTestSupport.TIMEOUT).until(() -> api()
                .queryParam("status", "HELD").queryParam("size", 200).get("/claims").then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("items"), l -> l.stream().map(i -> i.get("claimId"))
                        .toList().containsAll(List.of(small, large, urgent)));
        List<Map<String, Object>> mine = items.stream()
                .filter(i -> List.of(small, large, urgent).contains(i.get("claimId"))).toList();
        assertThat(mine).extracting(i -> i.get("claimId"), i -> i.get("filingDeadline"), i -> i.get("filingDaysLeft"))
                .containsExactly(tuple(urgent, dos.plusDays(30).toString(), 20),
                        tuple(large, dos.plusDays(90).toString(), 80), tuple(small, dos.plusDays(90).toString(), 80));
        assertThat(items).isSortedAccordingTo((a, b) -> {
            String da = (String) a.get("filingDeadline");
            String db = (String) b.get("filingDeadline");
            return da == null ? (db == null ? 0 : 1) : db == null ? -1 : da.compareTo(db);
        });

        // newest first when asked
        List<Object> newest = api().queryParam("status", "HELD").queryParam("sort", "newest").queryParam("size", 200)
                .get("/claims").then().statusCode(200).extract().jsonPath().getList("items.claimId");
        assertThat(newest.indexOf(urgent)).isLessThan(newest.indexOf(large)).isLessThan(newest.indexOf(small));
        api().queryParam("sort", "sideways").get("/claims").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldListCorrectionsNearestFilingDeadlineFirstWithTheDaysLeft() {
        String soon = payer(30);
        String later = payer(90);
        LocalDate dos = LocalDate.now(ZoneOffset.UTC).minusDays(10);
        String older = rejected(later, dos); // 80 days left, rejected first
        String urgent = rejected(soon, dos); // 20 days left

        List<Map<String, Object>> items = api().queryParam("status", "OPEN").get("/corrections").then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(items.stream().filter(i -> List.of(older, urgent).contains(i.get("claimId"))))
                .extracting(i -> i.get("claimId"), i -> i.get("filingDeadline"), i -> i.get("filingDaysLeft"))
                .containsExactly(tuple(urgent, dos.plusDays(30).toString(), 20),
                        tuple(older, dos.plusDays(90).toString(), 80));
        assertThat(items).isSortedAccordingTo((a, b) -> {
            String da = (String) a.get("filingDeadline");
            String db = (String) b.get("filingDeadline");
            return da == null ? (db == null ? 0 : 1) : db == null ? -1 : da.compareTo(db);
        });
        api().queryParam("status", "SOMETIMES").get("/corrections").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static String payer(int timelyFilingDays) {
        String payerId = "TFPAYER" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        PayerDirectoryUpdated entry = PayerDirectoryCopyTest.entry(payerId, payerId, 30, Instant.now());
        entry.setTimelyFilingDays(timelyFilingDays);
        TestEvents.publish(Topics.PAYER_DIRECTORY, payerId, entry);
        await().atMost(ClaimTestSupport.TIMEOUT).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> PayerEntry.<PayerEntry>findByIdOptional(payerId)), Optional::isPresent);
        return payerId;
    }

    /** A claim rejected by the scrub (no patient demographics): it waits in the correction queue. */
    private static String rejected(String payerId, LocalDate dos) {
        String encounterId = newEncounterId();
        EncounterCoded coded = ClaimTestSupport.coded(encounterId, List.of(ClaimTestSupport.line(1, "99213", 1)));
        coded.setPayerId(payerId);
        coded.setDateOfService(dos);
        coded.setPatient(null);
        EligibilityVerified eligibility = ClaimTestSupport.eligibility(encounterId, true);
        eligibility.setPayerId(payerId);
        eligibility.setDateOfService(dos);
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded);
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility);
        ClaimTestSupport.awaitClaim(claimIdOf(encounterId), c -> "REJECTED".equals(c.getString("status")));
        return claimIdOf(encounterId);
    }

    /** A claim held for inactive coverage (it never reaches the payer: the filing limit runs). */
    private static String held(String payerId, LocalDate dos, List<CodedLine> lines) {
        String encounterId = newEncounterId();
        EncounterCoded coded = ClaimTestSupport.coded(encounterId, lines);
        coded.setPayerId(payerId);
        coded.setDateOfService(dos);
        EligibilityVerified eligibility = ClaimTestSupport.eligibility(encounterId, false);
        eligibility.setPayerId(payerId);
        eligibility.setDateOfService(dos);
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded);
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility);
        ClaimTestSupport.awaitClaim(claimIdOf(encounterId), c -> "HELD".equals(c.getString("status")));
        return claimIdOf(encounterId);
    }
}
