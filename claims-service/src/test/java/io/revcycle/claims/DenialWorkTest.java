package io.revcycle.claims;

import static io.revcycle.claims.ClaimTestSupport.TIMEOUT;
import static io.revcycle.claims.ClaimTestSupport.api;
import static io.revcycle.claims.ClaimTestSupport.claimIdOf;
import static io.revcycle.claims.ClaimTestSupport.denials;
import static io.revcycle.claims.ClaimTestSupport.newEncounterId;
import static io.revcycle.claims.ClaimTestSupport.submitClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.revcycle.clock.ControllableClock;
import io.revcycle.denials.DenialClassification;
import io.revcycle.denials.DenialClassifier;
import io.revcycle.denials.DenialToClassify;
import io.revcycle.events.DenialActionTaken;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.DenialReviewChanged;
import io.revcycle.events.DeniedLine;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.TestEvents;
import io.revcycle.x12.X12ParserCrossCheck;

/** Denials routed to their department's queue and worked there, through the real broker and database. */
@QuarkusTest
@TestSecurity(user = "denials-3", roles = { Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
class DenialWorkTest {

    private static final DenialClassifier RULES = DenialClassifier.shipped();

    @Inject
    ControllableClock clock;

    @Test
    // biller too, to see the claim go out first; which roles may read which queue is the e2e SecurityMatrix's check
    @TestSecurity(user = "frontdesk-1", roles = { Roles.REGISTRATION, Roles.BILLER })
    void shouldPutARegistrationDenialInTheFrontDeskQueue() {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        submitClaim(encounterId);
        // coverage terminated (CO-27 N30) on line 1, contractual CO-45 on line 2: a denial and a non-denial
        TestEvents.publish(Topics.DENIAL_RAISED, claimId, classified(encounterId, line(1, "99213", "27", "185.00",
                "N30"), line(2, "81002", "45", "12.00")));

        List<Map<String, Object>> queue = await().atMost(TIMEOUT).until(DenialWorkTest::frontDesk,
                q -> q.stream().anyMatch(i -> claimId.equals(i.get("claimId"))));
        assertThat(queue).filteredOn(i -> claimId.equals(i.get("claimId"))).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("lineNumber", 1).containsEntry("reasonCode", "27")
                    .containsEntry("category", "ELIGIBILITY_REGISTRATION").containsEntry("department", "FRONT_DESK")
                    .containsEntry("avoidable", true).containsEntry("status", "OPEN")
                    .containsEntry("ruleId", "eligibility-after-coverage");
            assertThat((String) i.get("nextAction")).startsWith("Verify coverage");
            assertThat(i.get("appealDeadline")).isEqualTo(today().plusDays(60).toString());
        });
    }

    @Test
    void shouldFilterTheQueuesByDepartmentPayerCategoryAmountAndAge() {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        submitClaim(encounterId);
        TestEvents.publish(Topics.DENIAL_RAISED, claimId, classified(encounterId,
                line(1, "99214", "11", "140.00", "N10"), line(2, "81002", "45", "12.00")));
        await().atMost(TIMEOUT).until(() -> denials(claimId).size() == 2);

        assertThat(queue("department", "CODING")).extracting(i -> i.get("claimId")).contains(claimId);
        assertThat(queue("department", "FRONT_DESK")).extracting(i -> i.get("claimId")).doesNotContain(claimId);
        assertThat(queue("category", "CODING", "minAmount", "140.00", "payerId", "SYNPAYER1"))
                .extracting(i -> i.get("claimId")).contains(claimId);
        assertThat(queue("category", "CODING", "minAmount", "140.01")).extracting(i -> i.get("claimId"))
                .doesNotContain(claimId);
        assertThat(queue("minAgeDays", "1")).extracting(i -> i.get("claimId")).doesNotContain(claimId);
        // the contractual line is recorded, not worked
        assertThat(denials(claimId)).filteredOn(i -> Integer.valueOf(2).equals(i.get("lineNumber"))).singleElement()
                .satisfies(i -> assertThat(i).containsEntry("status", "RESOLVED")
                        .containsEntry("category", "CONTRACTUAL").containsEntry("resolution", "NOT_A_DENIAL"));
        // and the claim's timeline says where the denial went
        assertThat(api().get("/claims/{id}/timeline", claimId).then().statusCode(200).extract().jsonPath()
                .getList("cause", String.class)).anyMatch(c -> c.startsWith("denied by the payer: line 1 CO-11 N10 "
                        + "140.00 → CODING, CODING queue; line 2 CO-45 12.00 → CONTRACTUAL") && c.contains("appeal by "
                                + today().plusDays(60)));

        api().queryParam("department", "PHARMACY").get("/denials").then().statusCode(400);
        api().queryParam("minAmount", "lots").get("/denials").then().statusCode(400);
        api().queryParam("limit", "0").get("/denials").then().statusCode(400);
    }

    @Test
    void shouldCorrectADeniedClaimAndResubmitItAsAReplacementThenResolveWhenPaid() throws Exception {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        Denied denied = deny(encounterId, line(1, "99213", "16", "185.00", "M76"));

        ClaimTestSupport.api().contentType("application/json").body(Map.of("diagnosisCodes", List.of("E11.65", "I10")))
                .post("/denials/{id}/correct", denied.itemId()).then().statusCode(200)
                .body("frequencyCode", equalTo("7")).body("payerClaimControlNumber", equalTo(icn(encounterId)));

        byte[] replacement = EdiFiles.bytes(EdiFiles.sent837(denied.pcn(), Optional.of(denied.firstIsa13())));
        String x12 = new String(replacement, StandardCharsets.US_ASCII);
        assertThat(EdiFiles.errors(replacement)).isEmpty();
        assertThat(X12ParserCrossCheck.errors(replacement)).isEmpty();
        assertThat(x12).contains("CLM*" + denied.pcn() + "*").contains(":B:7*").contains("REF*F8*" + icn(encounterId))
                .contains("HI*ABK:E1165*ABF:I10");
        assertThat(denials(claimId)).singleElement().satisfies(i -> assertThat(i).containsEntry("status", "WAITING")
                .containsEntry("lastAction", "CORRECTED"));
        DenialActionTaken corrected = TestEvents.awaitEvent(Topics.DENIAL_ACTION, DenialActionTaken.class,
                e -> e.getClaimId().equals(claimId) && e.getAction().equals("CORRECTED"), TIMEOUT);
        assertThat(corrected.getActedBy()).isEqualTo("denials-3");
        assertThat(corrected.getFrequencyCode()).isEqualTo("7");
        assertThat(corrected.getLineNumbers()).containsExactly(1);
        assertThat(corrected.getAmount()).isEqualByComparingTo("185.00");

        // the payer pays the replacement: the denial is resolved
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, ClaimTestSupport.adjudicated(encounterId, "PAID",
                "185.00", "150.00", "150.00", "0.00", "35.00", "0.00"));
        await().atMost(TIMEOUT).until(() -> "RESOLVED".equals(denials(claimId).get(0).get("status")));
        assertThat(denials(claimId).get(0)).containsEntry("resolution", "PAID").containsEntry("lastAction", "RESOLVED");
        assertThat(TestEvents.awaitEvent(Topics.DENIAL_ACTION, DenialActionTaken.class,
                e -> e.getClaimId().equals(claimId) && e.getAction().equals("RESOLVED"), TIMEOUT).getActedBy())
                .isEqualTo("SYSTEM");
        assertThat(timeline(claimId)).anyMatch(c -> c.startsWith("denial (line 1) corrected (diagnosis codes) and "
                + "resubmitted as a replacement claim (frequency 7) of payer claim " + icn(encounterId)))
                .anyMatch(c -> c.startsWith("denial (line 1) resolved: a later remittance paid the claim"));
    }

    @Test
    void shouldVoidADeniedClaimWithFrequency8() throws Exception {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        Denied denied = deny(encounterId, line(1, "99213", "18", "185.00", "N522"));

        ClaimTestSupport.api().contentType("application/json").body(Map.of("reason", "billed twice by mistake"))
                .post("/denials/{id}/void", denied.itemId()).then().statusCode(200).body("frequencyCode", equalTo("8"));

        byte[] voided = EdiFiles.bytes(EdiFiles.sent837(denied.pcn(), Optional.of(denied.firstIsa13())));
        String x12 = new String(voided, StandardCharsets.US_ASCII);
        assertThat(EdiFiles.errors(voided)).isEmpty();
        assertThat(X12ParserCrossCheck.errors(voided)).isEmpty();
        assertThat(x12).contains(":B:8*").contains("REF*F8*" + icn(encounterId));
        assertThat(denials(claimId)).singleElement().satisfies(i -> assertThat(i).containsEntry("status", "RESOLVED")
                .containsEntry("resolution", "VOIDED"));
        ClaimTestSupport.api().contentType("application/json").body(Map.of("reason", "again"))
                .post("/denials/{id}/void", denied.itemId()).then().statusCode(409);
    }

    @Test
    void shouldAppealWithAPdfLetterNamingTheClaimTheReasonsAndTheDeadline() throws Exception {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        Denied denied = deny(encounterId, line(1, "99213", "50", "185.00", "N115"), line(2, "81002", "11", "40.00"));

        ClaimTestSupport.api().contentType("application/json").body(Map.of("assignee", "denials-7"))
                .post("/denials/{id}/assign", denied.itemId()).then().statusCode(200)
                .body("assignedTo", equalTo("denials-7"));
        ClaimTestSupport.api().contentType("application/json").body(Map.of("text", "LCD L33252 lists E11.9"))
                .post("/denials/{id}/notes", denied.itemId()).then().statusCode(201);
        ClaimTestSupport.api().contentType("application/json").body(Map.of("argument",
                "The record documents the medical necessity under the payer's LCD; the visit and the test were "
                        + "ordered for diabetes monitoring."))
                .post("/denials/{id}/appeal", denied.itemId()).then().statusCode(201)
                .body("claimId", equalTo(claimId)).body("appealDeadline", equalTo(today().plusDays(60).toString()));

        byte[] pdf = ClaimTestSupport.api().get("/denials/{id}/appeal-letter", denied.itemId()).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Request for reconsideration of claim " + claimId)
                .contains("Payer claim control number: " + icn(encounterId))
                .contains("CO-50 Non-covered service: not deemed a medical necessity by the payer")
                .contains("Remark N115 This decision was based on a Local Coverage Determination (LCD)")
                .contains("CO-11 Diagnosis inconsistent with the procedure")
                .contains("Appeal deadline: " + today().plusDays(60))
                .contains("ordered for diabetes monitoring")
                .contains("denials-3");
        assertThat(denials(claimId)).extracting(i -> i.get("status")).containsOnly("WAITING");
        Map<String, Object> detail = ClaimTestSupport.api().get("/denials/{id}", denied.itemId()).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        assertThat(detail.toString()).contains("LCD L33252 lists E11.9").contains("denials-7");

        // one line written off; a second write-off of it and an unknown reason are refused
        long line2 = ((Number) denials(claimId).get(1).get("id")).longValue();
        ClaimTestSupport.api().contentType("application/json").body(Map.of("reasonCode", "BUNDLED"))
                .post("/denials/{id}/write-off", line2).then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("resolution", equalTo("WRITTEN_OFF BUNDLED"));
        ClaimTestSupport.api().contentType("application/json").body(Map.of("reasonCode", "BUNDLED"))
                .post("/denials/{id}/write-off", line2).then().statusCode(409);
        ClaimTestSupport.api().contentType("application/json").body(Map.of("reasonCode", "BORED"))
                .post("/denials/{id}/write-off", denied.itemId()).then().statusCode(400);
        assertThat(TestEvents.awaitEvent(Topics.DENIAL_ACTION, DenialActionTaken.class,
                e -> e.getClaimId().equals(claimId) && e.getAction().equals("WRITTEN_OFF"), TIMEOUT)
                .getWriteOffReason()).isEqualTo("BUNDLED");
    }

    @Test
    void shouldRefuseAnAppealOnceTheClockPassesTheDeadline() {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        submitClaim(encounterId);
        TestEvents.publish(Topics.DENIAL_RAISED, claimId, classified(encounterId, line(1, "99213", "29", "185.00")));
        Map<String, Object> queued = await().atMost(TIMEOUT).until(() -> denials(claimId), l -> l.size() == 1).get(0);
        long id = ((Number) queued.get("id")).longValue();
        LocalDate deadline = LocalDate.parse((String) queued.get("appealDeadline"));

        try {
            // the service's clock (common-clock) moved to the day after the payer's appeal window closed
            clock.advance(Duration.between(clock.today().atStartOfDay(), deadline.plusDays(1).atStartOfDay()));
            ClaimTestSupport.api().contentType("application/json").body(Map.of("argument", "late"))
                    .post("/denials/{id}/appeal", id).then().statusCode(409)
                    .body("detail", org.hamcrest.Matchers.containsString("passed on " + deadline));
        } finally {
            clock.reset();
        }
        ClaimTestSupport.api().contentType("application/json").body(Map.of("argument", " "))
                .post("/denials/{id}/appeal", id).then().statusCode(400);
        ClaimTestSupport.api().get("/denials/{id}/appeal-letter", id).then().statusCode(404);
        ClaimTestSupport.api().get("/denials/{id}", 987654321L).then().statusCode(404);
    }

    @Test
    void shouldFlagARetiredCodeAndMarkADenialResolvedByHandOnce() {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        // CO-50 on line 1; line 2 with CARC 42, which X12 stopped in 2007: classified, flagged on a new remittance
        Denied denied = deny(encounterId, line(1, "99213", "50", "185.00"), line(2, "81002", "42", "12.00"));
        assertThat(denials(claimId)).extracting(i -> i.get("lineNumber"), i -> i.get("inactiveCodes"))
                .containsExactlyInAnyOrder(tuple(1, List.of()), tuple(2, List.of("CARC 42 stopped 2007-06-01")));
        assertThat(timeline(claimId)).anyMatch(c -> c.contains("line 2 CO-42 12.00 → CONTRACTUAL, BILLING queue "
                + "(not in use on this remittance: CARC 42 stopped 2007-06-01: the payer's error)"));

        // the payer reprocessed it outside an 835: a biller marks the denial resolved, with a reason
        api().contentType("application/json").body("{}").post("/denials/{id}/resolve", denied.itemId()).then()
                .statusCode(400).contentType("application/problem+json");
        Map<String, Object> resolved = api().contentType("application/json")
                .body(Map.of("reason", "reprocessed by the payer on call reference 4471"))
                .post("/denials/{id}/resolve", denied.itemId()).then().statusCode(200).extract().jsonPath().getMap("$");
        assertThat(resolved).containsEntry("status", "RESOLVED").containsEntry("resolution", "MARKED_RESOLVED")
                .containsEntry("resolvedBy", "denials-3").containsEntry("lastAction", "RESOLVED")
                .containsEntry("resolutionReason", "reprocessed by the payer on call reference 4471");
        assertThat(resolved.get("resolvedAt")).isNotNull();
        assertThat(queue("status", "OPEN", "claimId", claimId)).isEmpty();
        // the work list shows open work by default; resolved items only when asked for
        assertThat(queue("claimId", claimId)).isEmpty();
        assertThat(queue("status", "RESOLVED", "claimId", claimId))
                .extracting(i -> i.get("lineNumber"), i -> i.get("status"), i -> i.get("resolution"))
                .containsExactlyInAnyOrder(tuple(1, "RESOLVED", "MARKED_RESOLVED"),
                        tuple(2, "RESOLVED", "NOT_A_DENIAL"));
        DenialActionTaken event = TestEvents.awaitEvent(Topics.DENIAL_ACTION, DenialActionTaken.class,
                e -> e.getClaimId().equals(claimId) && e.getAction().equals("RESOLVED"), TIMEOUT);
        assertThat(event.getActedBy()).isEqualTo("denials-3");
        assertThat(event.getLineNumbers()).containsExactly(1);
        assertThat(timeline(claimId)).anyMatch(c -> c.equals("denial (line 1) marked resolved: reprocessed by the "
                + "payer on call reference 4471 by denials-3"));

        // the same request again changes nothing; another reason, or another action, is refused
        Map<String, Object> again = api().contentType("application/json")
                .body(Map.of("reason", "reprocessed by the payer on call reference 4471"))
                .post("/denials/{id}/resolve", denied.itemId()).then().statusCode(200).extract().jsonPath().getMap("$");
        // the same instant (as stored: PostgreSQL keeps microseconds)
        assertThat(Instant.parse((String) again.get("resolvedAt")))
                .isCloseTo(Instant.parse((String) resolved.get("resolvedAt")), within(1, ChronoUnit.MICROS));
        api().contentType("application/json").body(Map.of("reason", "something else"))
                .post("/denials/{id}/resolve", denied.itemId()).then().statusCode(409)
                .contentType("application/problem+json");
        api().contentType("application/json").body(Map.of("reasonCode", "SMALL_BALANCE"))
                .post("/denials/{id}/write-off", denied.itemId()).then().statusCode(409);
        api().contentType("application/json").body(Map.of("reason", "x")).post("/denials/{id}/resolve", 987654321L)
                .then().statusCode(404);
        // a note (allowed on a resolved line) as a marker: the outbox relays a claim's events in order
        api().contentType("application/json").body(Map.of("text", "confirmed on the payer portal"))
                .post("/denials/{id}/notes", denied.itemId()).then().statusCode(201);
        List<DenialActionTaken> resolutions = ClaimTestSupport.readEvents(Topics.DENIAL_ACTION,
                DenialActionTaken.class, l -> l.stream().anyMatch(e -> e.getClaimId().equals(claimId)
                        && e.getAction().equals("NOTED")));
        assertThat(resolutions).filteredOn(e -> e.getClaimId().equals(claimId) && e.getAction().equals("RESOLVED"))
                .hasSize(1);
    }

    @Test
    void shouldRouteABillingDenialToCodingWithAReasonOnce() {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        // CO-96 without a remark code: the rules give both lines to billing; the biller sees line 1 is a coding problem
        Denied denied = deny(encounterId, line(1, "99213", "96", "185.00"), line(2, "81002", "96", "12.00"));
        assertThat(denials(claimId)).extracting(i -> i.get("department")).containsOnly("BILLING");
        String reason = "modifier 25 missing on the E/M billed with the procedure";

        api().contentType("application/json").body("{}").post("/denials/{id}/route-to-coding", denied.itemId())
                .then().statusCode(400).contentType("application/problem+json");
        api().contentType("application/json").body(Map.of("reason", reason))
                .post("/denials/{id}/route-to-coding", denied.itemId()).then().statusCode(200)
                .body("department", equalTo("CODING")).body("status", equalTo("OPEN"))
                .body("lastAction", equalTo("ROUTED_TO_CODING"));

        // the work list's department filter shows it under coding; the other line stays with billing
        assertThat(queue("department", "CODING", "claimId", claimId)).extracting(i -> i.get("lineNumber"))
                .containsExactly(1);
        assertThat(queue("department", "BILLING", "claimId", claimId)).extracting(i -> i.get("lineNumber"))
                .containsExactly(2);
        DenialActionTaken routed = TestEvents.awaitEvent(Topics.DENIAL_ACTION, DenialActionTaken.class,
                e -> e.getClaimId().equals(claimId) && e.getAction().equals("ROUTED_TO_CODING"), TIMEOUT);
        assertThat(routed.getDepartment()).isEqualTo("CODING");
        assertThat(routed.getActedBy()).isEqualTo("denials-3");
        assertThat(routed.getCategory()).isEqualTo(denials(claimId).get(0).get("category"));
        assertThat(routed.getLines()).singleElement().satisfies(l -> {
            assertThat(l.getLineNumber()).isEqualTo(1);
            assertThat(l.getProcedureCode()).isEqualTo("99213");
            assertThat(l.getGroupCode() + "-" + l.getReasonCode()).isEqualTo("CO-96");
            assertThat(l.getAmount()).isEqualByComparingTo("185.00");
        });
        // the reason (it may name the patient) stays in the claim's trail, never in the event
        assertThat(routed.toString()).doesNotContain("modifier 25");
        assertThat(timeline(claimId)).contains("denial (line 1) routed to coding from BILLING: " + reason
                + " by denials-3");

        // already with coding, resolved, unknown: refused, nothing changes
        api().contentType("application/json").body(Map.of("reason", reason))
                .post("/denials/{id}/route-to-coding", denied.itemId()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("already with coding"));
        long line2 = ((Number) queue("department", "BILLING", "claimId", claimId).get(0).get("id")).longValue();
        api().contentType("application/json").body(Map.of("reasonCode", "SMALL_BALANCE"))
                .post("/denials/{id}/write-off", line2).then().statusCode(200);
        api().contentType("application/json").body(Map.of("reason", reason))
                .post("/denials/{id}/route-to-coding", line2).then().statusCode(409);
        api().contentType("application/json").body(Map.of("reason", reason))
                .post("/denials/{id}/route-to-coding", 987654321L).then().statusCode(404);
        assertThat(denials(claimId)).extracting(i -> i.get("lineNumber"), i -> i.get("department"))
                .containsExactlyInAnyOrder(tuple(1, "CODING"), tuple(2, "BILLING"));
    }

    @Test
    @TestSecurity(user = "coder-9", roles = { Roles.CODER })
    void shouldRefuseACoderRoutingADenial() {
        api().contentType("application/json").body(Map.of("reason", "not mine to route"))
                .post("/denials/{id}/route-to-coding", 1L).then().statusCode(403);
    }

    @Test
    void shouldTakeADenialBackFromCodingWithTheCodersOutcomeOnce() {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        Denied denied = deny(encounterId, line(1, "99213", "96", "185.00"));
        api().contentType("application/json").body(Map.of("reason", "modifier 25 missing on the E/M"))
                .post("/denials/{id}/route-to-coding", denied.itemId()).then().statusCode(200);
        UUID routing = TestEvents.awaitEvent(Topics.DENIAL_ACTION, DenialActionTaken.class,
                e -> e.getClaimId().equals(claimId) && e.getAction().equals("ROUTED_TO_CODING"), TIMEOUT).getEventId();

        // as coding-service announces them, one key, one partition: consumed in this order
        DenialReviewChanged completed = reviewEnded(claimId, routing, "COMPLETED", "CODES_CHANGED",
                "modifier 25 appended to 99213");
        TestEvents.publish(Topics.CODING_DENIAL_REVIEW, claimId, reviewEnded(claimId, routing, "RELEASED", null, null));
        TestEvents.publish(Topics.CODING_DENIAL_REVIEW, claimId, completed);
        TestEvents.publish(Topics.CODING_DENIAL_REVIEW, claimId, completed); // redelivered
        TestEvents.publish(Topics.CODING_DENIAL_REVIEW, claimId, DenialReviewChanged.newBuilder(completed)
                .setEventId(UUID.randomUUID()).build()); // the same completion again under another id
        TestEvents.publish(Topics.CODING_DENIAL_REVIEW, claimId, reviewEnded(claimId, routing, "RELEASED", null,
                null)); // the marker: everything before it was consumed

        await().atMost(TIMEOUT).until(() -> timeline(claimId).stream().filter(c -> c.contains("released by coder-7"))
                .count() == 2);
        assertThat(queue("returnedFromCoding", "true", "claimId", claimId)).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("department", "BILLING").containsEntry("status", "OPEN")
                    .containsEntry("lastAction", "RETURNED_FROM_CODING").containsEntry("codingOutcome", "CODES_CHANGED")
                    .containsEntry("codingReviewedBy", "coder-7");
            assertThat(i.get("returnedFromCodingAt")).isNotNull();
            assertThat((String) i.get("nextAction")).startsWith("Coding changed the codes (coder-7): correct the "
                    + "claim and resubmit");
        });
        assertThat(queue("department", "CODING", "claimId", claimId)).isEmpty();
        assertThat(api().get("/denials/{id}", denied.itemId()).then().statusCode(200).extract().jsonPath()
                .getList("notes", Map.class)).singleElement().satisfies(n -> assertThat(n)
                        .containsEntry("author", "coder-7")
                        .containsEntry("text", "Coding re-review: codes changed. modifier 25 appended to 99213"));
        assertThat(timeline(claimId)).filteredOn(c -> c.contains("returned from coding")).containsExactly(
                "denial (line 1) returned from coding to billing: codes changed by coder-7");
        DenialActionTaken returned = TestEvents.awaitEvent(Topics.DENIAL_ACTION, DenialActionTaken.class,
                e -> e.getClaimId().equals(claimId) && e.getAction().equals("RETURNED_FROM_CODING"), TIMEOUT);
        assertThat(returned.getActedBy()).isEqualTo("coder-7");
        assertThat(returned.getDepartment()).isEqualTo("BILLING");
        assertThat(returned.toString()).doesNotContain("modifier 25");
        // nothing resubmitted by itself; the biller may route it to coding again
        assertThat(ClaimTestSupport.claim(claimId).getString("status")).isEqualTo("DENIED");
        api().contentType("application/json").body(Map.of("reason", "still denied after the change"))
                .post("/denials/{id}/route-to-coding", denied.itemId()).then().statusCode(200);
        assertThat(queue("returnedFromCoding", "true", "claimId", claimId)).isEmpty();
        api().queryParam("returnedFromCoding", "maybe").get("/denials").then().statusCode(400);

        // a completion this release cannot read: dead-lettered with the reason
        String badKey = claimIdOf(newEncounterId());
        TestEvents.publish(Topics.CODING_DENIAL_REVIEW, badKey, reviewEnded(badKey, routing, "COMPLETED", "MAYBE",
                null));
        var letter = TestEvents.readRaw(Topics.deadLetterOf(Topics.CODING_DENIAL_REVIEW), TIMEOUT,
                rs -> rs.stream().anyMatch(r -> badKey.equals(r.key()))).stream()
                .filter(r -> badKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(io.revcycle.messaging.EventHeaders.get(letter.headers(),
                io.revcycle.messaging.EventHeaders.DLQ_REASON)).contains("outcome");
    }

    @Test
    @TestSecurity(user = "manager-2", roles = { Roles.BILLING_MANAGER })
    void shouldLetABillingManagerAddADenialNote() {
        // past the role check: the text is checked (400), then the line looked up (404)
        api().contentType("application/json").body(Map.of("text", " ")).post("/denials/{id}/notes", 987654321L)
                .then().statusCode(400);
        api().contentType("application/json").body(Map.of("text", "call the payer"))
                .post("/denials/{id}/notes", 987654321L).then().statusCode(404);
    }

    /** As coding-service announces the end of a re-review (the note unsealed here: the test holds no PHI key). */
    private static DenialReviewChanged reviewEnded(String claimId, UUID source, String change, String outcome,
            String note) {
        return DenialReviewChanged.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setReviewId(Math.abs(claimId.hashCode())).setSourceEventId(source).setClaimId(claimId)
                .setEncounterId(claimId.substring(4)).setPayerId("SYNPAYER1").setDepartment("CODING")
                .setChange(change).setOutcome(outcome).setActedBy("coder-7").setNote(note).build();
    }

    /** A claim sent, denied by the payer (DENIED adjudication and its classified DenialRaised) and queued. */
    record Denied(long itemId, String pcn, String firstIsa13) {
    }

    private static Denied deny(String encounterId, Line... lines) {
        String claimId = claimIdOf(encounterId);
        submitClaim(encounterId);
        String pcn = ClaimTestSupport.claim(claimId).getString("patientControlNumber");
        String firstIsa13 = EdiFiles.sent837(pcn).getInterchangeControlNumber();
        BigDecimal total = java.util.Arrays.stream(lines).map(l -> new BigDecimal(l.amount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, ClaimTestSupport.adjudicated(encounterId, "DENIED",
                total.toString(), "0.00", "0.00", "0.00", "0.00", total.toString()));
        TestEvents.publish(Topics.DENIAL_RAISED, claimId, classified(encounterId, lines));
        List<Map<String, Object>> items = await().atMost(TIMEOUT).until(() -> denials(claimId),
                l -> l.size() == lines.length);
        ClaimTestSupport.awaitClaim(claimId, c -> "DENIED".equals(c.getString("status")));
        return new Denied(((Number) items.get(0).get("id")).longValue(), pcn, firstIsa13);
    }

    private static String icn(String encounterId) {
        return "ICN" + encounterId.replaceAll("[^0-9A-Za-z]", "");
    }

    private static List<String> timeline(String claimId) {
        return api().get("/claims/{id}/timeline", claimId).then().statusCode(200).extract().jsonPath()
                .getList("cause", String.class);
    }

    private static List<Map<String, Object>> queue(String... params) {
        var request = api();
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/denials").then().statusCode(200).extract().jsonPath().getList("$");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    record Line(int number, String procedure, String carc, String amount, List<String> remarks) {
    }

    static Line line(int number, String procedure, String carc, String amount, String... remarks) {
        return new Line(number, procedure, carc, amount, List.of(remarks));
    }

    /** As remittance-service announces a denial: each line classified by the shipped rules. */
    static DenialRaised classified(String encounterId, Line... lines) {
        List<DeniedLine> denied = new java.util.ArrayList<>();
        DenialClassification primary = null;
        BigDecimal total = BigDecimal.ZERO;
        for (Line l : lines) {
            DenialClassification c = RULES.classify(new DenialToClassify("SYNPAYER1", "CO", l.carc(), l.remarks(),
                    today()));
            denied.add(DeniedLine.newBuilder().setLineNumber(l.number()).setProcedureCode(l.procedure())
                    .setGroupCode("CO").setReasonCode(l.carc()).setRemarkCodes(l.remarks())
                    .setAmount(new BigDecimal(l.amount())).setCategory(c.category().name())
                    .setOwningDepartment(c.department().name()).setAvoidable(c.avoidable())
                    .setNextAction(c.nextAction()).setRuleId(c.ruleId()).setInactiveCodes(c.inactiveCodes()).build());
            total = total.add(new BigDecimal(l.amount()));
            if (primary == null) {
                primary = c;
            }
        }
        return DenialRaised.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setClaimId(claimIdOf(encounterId)).setEncounterId(encounterId).setPatientId("PAT-1")
                .setPayerId("SYNPAYER1").setWholeClaim(false).setDeniedAmount(total).setDenials(denied)
                .setCategory(primary.category().name()).setOwningDepartment(primary.department().name())
                .setAppealDeadline(primary.appealDeadline()).setAvoidable(primary.avoidable())
                .setNextAction(primary.nextAction()).setRulesVersion(primary.rulesVersion())
                .setPayerClaimControlNumber("ICN" + encounterId.replaceAll("[^0-9A-Za-z]", "")).build();
    }

    /** The front desk's queue as a registration user reads it. */
    static List<Map<String, Object>> frontDesk() {
        return api().get("/denials/front-desk").then().statusCode(200).extract().jsonPath().getList("$");
    }
}
