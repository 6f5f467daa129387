package io.revcycle.coding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.revcycle.events.DenialActionLine;
import io.revcycle.events.DenialActionTaken;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.DenialReviewChanged;
import io.revcycle.events.DeniedLine;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.TestEvents;

/** Coding denials (classified by the remittance service) come back to the worklist through the real broker. */
@QuarkusTest
@TestSecurity(user = "coder-2", roles = { Roles.CODER })
class DenialReviewTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void shouldPutACodingDenialOnTheWorklistOnceAndLeaveAFrontDeskDenialAlone() {
        String coding = Encounters.newId();
        String frontDesk = Encounters.newId();
        DenialRaised codingDenial = denial(coding, "CODING", "CODING", "11", "N10");
        // one key, one partition: the front-desk denial is consumed before the coding one shows up
        TestEvents.publish(Topics.DENIAL_RAISED, "CLM-" + coding,
                denial(frontDesk, "ELIGIBILITY_REGISTRATION", "FRONT_DESK", "27", "N30"));
        TestEvents.publish(Topics.DENIAL_RAISED, "CLM-" + coding, codingDenial);
        TestEvents.publish(Topics.DENIAL_RAISED, "CLM-" + coding, codingDenial); // redelivered

        Map<String, Object> review = await().atMost(WAIT).until(() -> reviewOf(coding), r -> r != null);
        assertThat(review).containsEntry("claimId", "CLM-" + coding).containsEntry("department", "CODING")
                .containsEntry("category", "CODING").containsEntry("status", "OPEN")
                .containsEntry("reasons", "line 2 99214 CO-11 N10 75.00")
                .containsEntry("appealDeadline", "2026-05-01");
        assertThat(new BigDecimal(review.get("deniedAmount").toString())).isEqualByComparingTo("75.00");
        assertThat(reviews("OPEN")).noneMatch(r -> r.get("encounterId").equals(frontDesk))
                .filteredOn(r -> r.get("encounterId").equals(coding)).hasSize(1);

        Number id = (Number) review.get("id");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "CODES_CHANGED", "note", "I10 added as first"))
                .post("/worklist/denial-reviews/{id}/complete", id).then().statusCode(200);
        assertThat(reviews("DONE")).filteredOn(r -> r.get("encounterId").equals(coding)).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("outcome", "CODES_CHANGED")
                        .containsEntry("completedBy", "coder-2"));
        // billing hears of it: the outcome in the clear, the coder's note only sealed
        DenialReviewChanged sealed = TestEvents.awaitSealedEvent(Topics.CODING_DENIAL_REVIEW,
                DenialReviewChanged.class, e -> e.getClaimId().equals("CLM-" + coding), WAIT);
        assertThat(sealed.getNote()).isNull();
        assertThat(sealed.getPhi()).isNotNull();
        DenialReviewChanged completed = TestEvents.awaitEvent(Topics.CODING_DENIAL_REVIEW,
                DenialReviewChanged.class, e -> e.getClaimId().equals("CLM-" + coding), WAIT);
        assertThat(completed.getChange()).isEqualTo("COMPLETED");
        assertThat(completed.getOutcome()).isEqualTo("CODES_CHANGED");
        assertThat(completed.getActedBy()).isEqualTo("coder-2");
        assertThat(completed.getNote()).isEqualTo("I10 added as first");
        assertThat(completed.getReviewId()).isEqualTo(id.longValue());
        assertThat(completed.getSourceEventId()).isEqualTo(codingDenial.getEventId());
        assertThat(completed.getDepartment()).isEqualTo("CODING");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "CODES_CHANGED"))
                .post("/worklist/denial-reviews/{id}/complete", id).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("outcome", "MAYBE"))
                .post("/worklist/denial-reviews/{id}/complete", id).then().statusCode(400);
    }

    @Test
    void shouldOpenOneReviewForADenialABillerRoutedToCodingAndSkipOtherActions() {
        String routed = Encounters.newId();
        String assigned = Encounters.newId();
        String marker = Encounters.newId();
        String key = "CLM-" + routed; // one key, one partition: consumed in this order
        DenialActionTaken routing = action(routed, "ROUTED_TO_CODING");
        TestEvents.publish(Topics.DENIAL_ACTION, key, action(assigned, "ASSIGNED"));
        TestEvents.publish(Topics.DENIAL_ACTION, key, routing);
        TestEvents.publish(Topics.DENIAL_ACTION, key, routing); // redelivered
        TestEvents.publish(Topics.DENIAL_ACTION, key, action(routed, "ROUTED_TO_CODING")); // routed again
        TestEvents.publish(Topics.DENIAL_ACTION, key, action(marker, "ROUTED_TO_CODING"));

        await().atMost(WAIT).until(() -> reviewOf(marker), r -> r != null);
        assertThat(reviews("OPEN")).filteredOn(r -> r.get("encounterId").equals(routed)).singleElement()
                .satisfies(r -> {
                    assertThat(r).containsEntry("claimId", "CLM-" + routed).containsEntry("department", "CODING")
                            .containsEntry("category", "UNCLASSIFIED").containsEntry("status", "OPEN")
                            .containsEntry("reasons", "line 1 99213 CO-96 N20 185.00")
                            .containsEntry("appealDeadline", "2026-05-01");
                    assertThat((String) r.get("nextAction")).startsWith("Routed to coding by biller-4");
                    assertThat(new BigDecimal(r.get("deniedAmount").toString())).isEqualByComparingTo("185.00");
                });
        assertThat(reviews("OPEN")).noneMatch(r -> r.get("encounterId").equals(assigned));
    }

    private static Map<String, Object> reviewOf(String encounterId) {
        return reviews("OPEN").stream().filter(r -> encounterId.equals(r.get("encounterId"))).findFirst()
                .orElse(null);
    }

    private static List<Map<String, Object>> reviews(String status) {
        return given().queryParam("status", status).get("/worklist/denial-reviews").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** As claims-service announces a biller's action on line 1 of a billing denial (CO-96 N20). */
    private static DenialActionTaken action(String encounterId, String action) {
        return DenialActionTaken.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setClaimId("CLM-" + encounterId).setEncounterId(encounterId).setPatientId("PAT-" + encounterId)
                .setPayerId("SYNPAYER1").setAction(action).setDenialItemIds(List.of(7L)).setLineNumbers(List.of(1))
                .setAmount(new BigDecimal("185.00")).setActedBy("biller-4")
                .setDepartment("ROUTED_TO_CODING".equals(action) ? "CODING" : "BILLING").setCategory("UNCLASSIFIED")
                .setAppealDeadline(LocalDate.of(2026, 5, 1))
                .setLines(List.of(DenialActionLine.newBuilder().setLineNumber(1).setProcedureCode("99213")
                        .setGroupCode("CO").setReasonCode("96").setRemarkCodes(List.of("N20"))
                        .setAmount(new BigDecimal("185.00")).build()))
                .build();
    }

    /** As remittance-service announces it: line 2 denied, classified, the payer's 60-day window from 2026-03-02. */
    private static DenialRaised denial(String encounterId, String category, String department, String carc,
            String rarc) {
        return DenialRaised.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setClaimId("CLM-" + encounterId).setEncounterId(encounterId).setPatientId("PAT-" + encounterId)
                .setPayerId("SYNPAYER1").setWholeClaim(false).setDeniedAmount(new BigDecimal("75.00"))
                .setDenials(List.of(DeniedLine.newBuilder().setLineNumber(2).setProcedureCode("99214")
                        .setGroupCode("CO").setReasonCode(carc).setRemarkCodes(List.of(rarc))
                        .setAmount(new BigDecimal("75.00")).setCategory(category).setOwningDepartment(department)
                        .setAvoidable(true).setNextAction("re-review").setRuleId("rule").build()))
                .setCategory(category).setOwningDepartment(department).setAppealDeadline(LocalDate.of(2026, 5, 1))
                .setAvoidable(true).setNextAction("re-review").setRulesVersion("2026.12-1").build();
    }
}
