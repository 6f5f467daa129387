package io.revcycle.coding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.revcycle.coding.service.AuditSampler;
import io.revcycle.coding.service.CodingWorklist;
import io.revcycle.coding.service.FinalizeCommand;
import io.revcycle.coding.service.UpdateCodesCommand;
import io.revcycle.events.ClaimHeld;
import io.revcycle.events.ClaimRejected;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.ExpectedBenefits;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/** Second-level audit with agreement per code, productivity per coder and DNFB, on the real database and broker. */
@QuarkusTest
@TestSecurity(user = "auditor-a", roles = { Roles.CODING_AUDITOR, Roles.CODING_MANAGER })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "coding"))
class CodingAuditAndReportsTest {

    /** The default share (revcycle.coding.audit.sample-percent). */
    private static final int SAMPLE_PERCENT = 5;

    @Inject
    CodingWorklist worklist;

    @Inject
    EntityManager em;

    @Test
    void shouldSampleTheConfiguredShareOfEncounterIds() {
        long chosen = IntStream.range(0, 20_000).filter(i -> AuditSampler.chosen("ENC-AUDIT-" + i, SAMPLE_PERCENT))
                .count();
        // 5 % of 20,000 is 1,000; the hash spreads ids evenly (binomial sd ~31), so 900-1,100 is a generous bound
        assertThat(chosen).isBetween(900L, 1_100L);
        assertThat(AuditSampler.chosen("ENC-ANY", 0)).isFalse();
        assertThat(AuditSampler.chosen("ENC-ANY", 100)).isTrue();
    }

    @Test
    void shouldAuditASampledItemCodeByCodeAndShowItInTheCodersProductivity() {
        String coder = "coder-" + UUID.randomUUID().toString().substring(0, 8);
        String sampled = idWhereSampled(true);
        String notSampled = idWhereSampled(false);
        for (String id : List.of(sampled, notSampled)) {
            open(id, "FAC-AUD-" + UUID.randomUUID(), LocalDate.now().minusDays(2));
            code(id, coder, List.of("E11.9", "I10"));
        }

        given().get("/audits").then().statusCode(200)
                .body("encounterId", hasItem(sampled)).body("encounterId", not(hasItem(notSampled)));
        given().get("/audits/" + notSampled).then().statusCode(404);
        given().get("/audits/" + sampled).then().statusCode(200).body("coder", equalTo(coder))
                .body("status", equalTo("PENDING")).body("coderCodes", equalTo(List.of("DX E11.9", "DX I10",
                        "PX 99214")));

        // the auditor keeps E11.9 and 99214, takes out I10 and adds E78.5
        JsonPath done = given().contentType(ContentType.JSON).body(Map.of("diagnosisCodes", List.of("E11.9", "E78.5"),
                "lines", List.of(Map.of("procedureCode", "99214")), "note", "hyperlipidemia documented, not hypertension"))
                .post("/audits/" + sampled).then().statusCode(200).extract().jsonPath();
        assertThat(done.getMap("verdicts")).containsExactlyInAnyOrderEntriesOf(Map.of("DX E11.9", "AGREED",
                "DX I10", "REMOVED", "PX 99214", "AGREED", "DX E78.5", "ADDED"));
        assertThat(done.getInt("agreed")).isEqualTo(2);
        assertThat(done.getInt("disagreed")).isEqualTo(2);
        assertThat(done.getString("auditor")).isEqualTo("auditor-a");
        given().contentType(ContentType.JSON).body(Map.of("diagnosisCodes", List.of("E11.9")))
                .post("/audits/" + sampled).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("diagnosisCodes", List.of()))
                .post("/audits/" + sampled).then().statusCode(400);

        JsonPath report = given().get("/reports/productivity").then().statusCode(200).extract().jsonPath();
        Map<String, Object> row = report.getList("findAll { it.coder == '" + coder + "' }", Map.class).get(0);
        assertThat(row).containsEntry("items", 2).containsEntry("overrides", 0).containsEntry("auditedItems", 1)
                .containsEntry("codesAgreed", 2).containsEntry("codesDisagreed", 2);
        assertThat(new BigDecimal(row.get("auditAgreementRate").toString())).isEqualByComparingTo("0.5");
        assertThat(report.getList("findAll { it.coder == '" + coder + "' }.byEncounterType[0].encounterType"))
                .containsExactly("PROFESSIONAL");
        given().get("/reports/productivity?from=2026-13-01").then().statusCode(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldSuggestCodesForTheDocumentationAndEachNoteSentenceWithTheMatchedWords() {
        String id = Encounters.newId();
        EncounterDocumented event = Encounters.event(id, "TEST",
                List.of(Encounters.diagnosis(1, "Type 2 diabetes", "E11.9")),
                List.of(Encounters.procedure(1, "Office visit", "99214", List.of(), List.of(1))));
        event.setNoteText("Follow-up of type 2 diabetes, A1c 7.5 today.\nPatient also reports low back pain.");
        QuarkusTransaction.requiringNew().run(() -> worklist.open(event));

        JsonPath chart = given().get("/worklist/" + id + "/suggestions").then().statusCode(200).extract().jsonPath();
        assertThat(chart.getList("source", String.class)).contains("diagnosis 1", "note sentence 1", "note sentence 2");
        // the note names a condition the provider did not list: low back pain, with the words that matched
        Map<String, Object> backPain = chart.getList("findAll { it.source == 'note sentence 2' }", Map.class).get(0);
        assertThat(backPain).containsEntry("text", "Patient also reports low back pain.");
        List<Map<String, Object>> candidates = (List<Map<String, Object>>) backPain.get("candidates");
        assertThat(candidates).extracting(c -> c.get("code")).contains("M54.50");
        assertThat(candidates).filteredOn(c -> "M54.50".equals(c.get("code"))).singleElement()
                .satisfies(c -> assertThat((String) c.get("reason")).contains("low", "back", "pain"));
        given().get("/worklist/" + id + "/suggestions?limit=11").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "coder-only", roles = Roles.CODER)
    void shouldKeepAuditsAndReportsFromCoders() {
        given().get("/audits").then().statusCode(403);
        given().get("/reports/productivity").then().statusCode(403);
        given().get("/reports/dnfb").then().statusCode(403);
    }

    @Test
    void shouldReportDnfbByFacilityReasonAndAgeUntilTheClaimIsSent() {
        String facility = "FAC-DNFB-" + UUID.randomUUID();
        open(Encounters.newId(), facility, LocalDate.now().minusDays(1));
        String onHold = open(Encounters.newId(), facility, LocalDate.now().minusDays(5));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update coding_work_item set status = 'ON_HOLD' where encounter_id = :id").setParameter("id", onHold)
                .executeUpdate());
        String codedNotBilled = open(Encounters.newId(), facility, LocalDate.now().minusDays(10));
        code(codedNotBilled, "coder-dnfb", List.of("E11.9", "I10"));
        String billed = open(Encounters.newId(), facility, LocalDate.now().minusDays(40));
        code(billed, "coder-dnfb", List.of("E11.9", "I10"));
        assertThat(dnfbRows(facility)).hasSize(4);

        TestEvents.publish(Topics.CLAIM_SUBMITTED, "CLM-" + billed, claimSubmitted(billed));
        await().atMost(Duration.ofSeconds(60)).until(() -> dnfbRows(facility).size() == 3);

        assertThat(dnfbRows(facility)).extracting(r -> r.get("reason") + " " + r.get("ageBucket") + " "
                + r.get("encounters")).containsExactly("CODED_NOT_BILLED 8-14 1", "IN_CODING 0-3 1",
                        "ON_QUERY_HOLD 4-7 1");
        assertThat(given().get("/reports/dnfb").then().statusCode(200).extract().jsonPath().getMap("byReason")
                .keySet()).containsExactly("IN_CODING", "ON_QUERY_HOLD", "HELD_IN_CLAIMS", "CODED_NOT_BILLED");
    }

    @Test
    void shouldReportEncountersHeldInClaimsApartFromThoseWaitingForTheirBatch() {
        String facility = "FAC-HELD-" + UUID.randomUUID();
        Map<String, Integer> holdsBefore = byHoldReason();
        String waiting = coded(facility, 2);
        String reverifying = coded(facility, 3);
        String noCoverage = coded(facility, 5);
        String scrubbed = coded(facility, 10);
        String newReason = coded(facility, 20);
        String sentAfterHold = coded(facility, 40);

        TestEvents.publish(Topics.CLAIM_HELD, "CLM-" + noCoverage, claimHeld(noCoverage, "COVERAGE_INACTIVE", 0));
        TestEvents.publish(Topics.CLAIM_HELD, "CLM-" + newReason,
                claimHeld(newReason, "A_REASON_OF_A_LATER_RELEASE", 0));
        TestEvents.publish(Topics.CLAIM_HELD, "CLM-" + sentAfterHold, claimHeld(sentAfterHold, "NO_CHARGE", 0));
        TestEvents.publish(Topics.CLAIM_REJECTED, "CLM-" + scrubbed, claimRejected(scrubbed, "SCRUB"));
        TestEvents.publish(Topics.CLAIM_HELD, "CLM-" + reverifying,
                claimHeld(reverifying, "ELIGIBILITY_REVERIFICATION", 0));
        // an older hold handled after a newer one does not replace it
        ClaimHeld older = claimHeld(reverifying, "COVERAGE_INACTIVE", -30);
        TestEvents.publish(Topics.CLAIM_HELD, "CLM-" + reverifying, older);
        // a 999 rejection comes after the claim was sent: not a hold in claims
        TestEvents.publish(Topics.CLAIM_REJECTED, "CLM-" + waiting, claimRejected(waiting, "ACK_999"));
        // a hold without its encounter can never be applied: dead-lettered, the consumer goes on
        TestEvents.publish(Topics.CLAIM_HELD, "CLM-NO-ENCOUNTER", claimHeld("", "NO_CHARGE", 0));

        await().atMost(Duration.ofSeconds(60)).until(() -> dnfb(facility).size() == 6
                && dnfb(facility).stream().filter(r -> r.startsWith("HELD_IN_CLAIMS")).count() == 5
                && processed("coding-service." + Topics.CLAIM_HELD, older.getEventId()));
        assertThat(dnfb(facility)).containsExactly("CODED_NOT_BILLED 0-3 1", "HELD_IN_CLAIMS 0-3 1",
                "HELD_IN_CLAIMS 4-7 1", "HELD_IN_CLAIMS 8-14 1", "HELD_IN_CLAIMS 15-30 1", "HELD_IN_CLAIMS 31+ 1");
        assertThat(TestEvents.readRaw(Topics.deadLetterOf(Topics.CLAIM_HELD), Duration.ofSeconds(60),
                rs -> rs.stream().anyMatch(r -> "CLM-NO-ENCOUNTER".equals(r.key()))))
                .anyMatch(r -> "CLM-NO-ENCOUNTER".equals(r.key()));

        // the claim is sent after all: out of DNFB, and a hold older than that, handled late, does not bring it back
        TestEvents.publish(Topics.CLAIM_SUBMITTED, "CLM-" + sentAfterHold, claimSubmitted(sentAfterHold));
        await().atMost(Duration.ofSeconds(60)).until(() -> dnfb(facility).size() == 5);
        ClaimHeld late = claimHeld(sentAfterHold, "NO_CHARGE", -60);
        TestEvents.publish(Topics.CLAIM_HELD, "CLM-" + sentAfterHold, late);
        await().atMost(Duration.ofSeconds(60)).until(() -> processed("coding-service." + Topics.CLAIM_HELD,
                late.getEventId()));

        assertThat(dnfb(facility)).containsExactly("CODED_NOT_BILLED 0-3 1", "HELD_IN_CLAIMS 0-3 1",
                "HELD_IN_CLAIMS 4-7 1", "HELD_IN_CLAIMS 8-14 1", "HELD_IN_CLAIMS 15-30 1");
        JsonPath report = given().get("/reports/dnfb").then().statusCode(200).extract().jsonPath();
        assertThat(report.getMap("byReason").keySet()).containsExactly("IN_CODING", "ON_QUERY_HOLD",
                "HELD_IN_CLAIMS", "CODED_NOT_BILLED");
        Map<String, Integer> holdsAfter = byHoldReason();
        assertThat(holdsAfter.keySet()).containsExactly("COVERAGE_INACTIVE", "NO_CHARGE",
                "ELIGIBILITY_REVERIFICATION", "SCRUB_REJECTED", "UNKNOWN");
        assertThat(holdsAfter.keySet().stream().map(k -> k + " " + (holdsAfter.get(k) - holdsBefore.get(k))))
                .containsExactly("COVERAGE_INACTIVE 1", "NO_CHARGE 0", "ELIGIBILITY_REVERIFICATION 1",
                        "SCRUB_REJECTED 1", "UNKNOWN 1");
    }

    private String coded(String facility, int daysAgo) {
        String id = open(Encounters.newId(), facility, LocalDate.now().minusDays(daysAgo));
        code(id, "coder-held", List.of("E11.9", "I10"));
        return id;
    }

    private static List<String> dnfb(String facility) {
        return dnfbRows(facility).stream()
                .map(r -> r.get("reason") + " " + r.get("ageBucket") + " " + r.get("encounters")).toList();
    }

    private static Map<String, Integer> byHoldReason() {
        return given().get("/reports/dnfb").then().statusCode(200).extract().jsonPath().getMap("byHoldReason");
    }

    private boolean processed(String consumer, UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where consumer = :c and event_id = :e")
                .setParameter("c", consumer).setParameter("e", eventId).getSingleResult()).longValue() == 1);
    }

    /** minutesFromNow: when claims held it, relative to now (negative: before now). */
    private static ClaimHeld claimHeld(String encounterId, String reason, int minutesFromNow) {
        Instant at = Instant.now().plus(Duration.ofMinutes(minutesFromNow));
        return ClaimHeld.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(at)
                .setClaimId("CLM-" + encounterId).setEncounterId(encounterId).setPayerId("SYNPAYER1")
                .setHoldReason(reason).setDetail("synthetic hold").setHeldAt(at).build();
    }

    private static ClaimRejected claimRejected(String encounterId, String stage) {
        return ClaimRejected.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setClaimId("CLM-" + encounterId).setEncounterId(encounterId).setPayerId("SYNPAYER1")
                .setStage(stage).setCodes(List.of()).setReason("synthetic finding").build();
    }

    private static List<Map<String, Object>> dnfbRows(String facility) {
        return given().get("/reports/dnfb").then().statusCode(200).extract().jsonPath()
                .getList("rows.findAll { it.facilityId == '" + facility + "' }");
    }

    private static String idWhereSampled(boolean sampled) {
        while (true) {
            String id = Encounters.newId();
            if (AuditSampler.chosen(id, SAMPLE_PERCENT) == sampled) {
                return id;
            }
        }
    }

    private String open(String id, String facility, LocalDate dateOfService) {
        return Encounters.openForReview(worklist, id, facility, dateOfService, null);
    }

    /** The coder's codes and sign-off, as PUT …/codes and POST …/finalize do it for the token's user. */
    private void code(String id, String coder, List<String> diagnoses) {
        QuarkusTransaction.requiringNew().run(() -> worklist.updateCodes(id, new UpdateCodesCommand(diagnoses,
                List.of(new UpdateCodesCommand.Line(1, "99214", List.of(), 1, List.of(1, 2), null)), null, null), coder));
        QuarkusTransaction.requiringNew().run(() -> worklist.finalizeCoding(id, new FinalizeCommand(coder)));
    }

    private static ClaimSubmitted claimSubmitted(String encounterId) {
        BigDecimal zero = new BigDecimal("0.00");
        return ClaimSubmitted.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setClaimId("CLM-" + encounterId).setEncounterId(encounterId).setPatientId("PAT-DNFB")
                .setPayerId("SYNPAYER1").setMemberId(null).setBillingProviderNpi(Encounters.BILLING_NPI)
                .setRenderingProviderNpi(Encounters.RENDERING_NPI).setPlaceOfService("11")
                .setDateOfService(LocalDate.now().minusDays(40)).setDiagnosisCodes(List.of("E11.9"))
                .setTotalCharge(new BigDecimal("185.00")).setLines(List.of())
                .setBenefits(ExpectedBenefits.newBuilder().setCopay(zero).setCoinsurancePercent(zero)
                        .setDeductibleRemaining(zero).build())
                .build();
    }
}
