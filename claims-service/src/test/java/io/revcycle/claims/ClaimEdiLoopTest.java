package io.revcycle.claims;

import static io.revcycle.claims.ClaimTestSupport.TIMEOUT;
import static io.revcycle.claims.ClaimTestSupport.api;
import static io.revcycle.claims.ClaimTestSupport.awaitClaim;
import static io.revcycle.claims.ClaimTestSupport.claimIdOf;
import static io.revcycle.claims.ClaimTestSupport.coded;
import static io.revcycle.claims.ClaimTestSupport.eligibility;
import static io.revcycle.claims.ClaimTestSupport.facilityCoded;
import static io.revcycle.claims.ClaimTestSupport.newEncounterId;
import static io.revcycle.claims.ClaimTestSupport.submitClaim;
import static io.revcycle.claims.EdiFiles.ack277;
import static io.revcycle.claims.EdiFiles.ack999;
import static io.revcycle.claims.EdiFiles.bytes;
import static io.revcycle.claims.EdiFiles.errors;
import static io.revcycle.claims.EdiFiles.receiveFromPayer;
import static io.revcycle.claims.EdiFiles.sent837;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.revcycle.events.ClaimRejected;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.EdiInterchange;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.claim.Claim;
import io.revcycle.x12.claim.Claim837I;
import io.revcycle.x12.claim.Claim837P;
import io.revcycle.x12.claim.Line;

/** The X12 trading loop of claims: 837P/837I out, 999 and 277CA in, the correction queue and held claims. */
@QuarkusTest
@TestSecurity(user = "biller7", roles = { Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class ClaimEdiLoopTest {

    @Test
    void shouldSendProfessionalAndFacilityClaimsAsValid837PAnd837I() {
        String professional = newEncounterId();
        String facility = newEncounterId();
        EncounterCoded professionalCoded = coded(professional);
        professionalCoded.setRenderingProviderNpi("1444444446");
        publishBothHalves(professional, professionalCoded);
        publishBothHalves(facility, facilityCoded(facility));
        JsonPath p = awaitStatus(professional, "SENT");
        JsonPath i = awaitStatus(facility, "SENT");
        String pcnP = p.getString("patientControlNumber");
        String pcnI = i.getString("patientControlNumber");
        assertThat(pcnP).matches("RC\\d{10}");
        assertThat(i.getString("claimType")).isEqualTo("INSTITUTIONAL");

        byte[] x837p = bytes(sent837(pcnP));
        assertThat(errors(x837p)).isEmpty();
        Claim claimP = X12Toolkit.readTyped(x837p, Claim837P.class).values().stream().flatMap(t -> t.claims())
                .filter(c -> c.patientControlNumber().equals(pcnP)).findFirst().orElseThrow();
        assertThat(claimP.totalCharge()).isEqualByComparingTo("234.00");
        assertThat(claimP.facilityCode()).isEqualTo("11");
        assertThat(claimP.frequencyCode()).isEqualTo("1");
        assertThat(claimP.diagnoses()).extracting(d -> d.qualifier() + ":" + d.code()).containsExactly("ABK:E119",
                "ABF:I10");
        assertThat(claimP.lines()).extracting(l -> l.professional().procedure().code()).containsExactly("99214",
                "36415", "J1100");
        assertThat(claimP.lines()).extracting(Line::charge).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("185.00"), new BigDecimal("15.00"), new BigDecimal("34.00"));
        assertThat(claimP.lines()).allSatisfy(l -> assertThat(l.references()).anyMatch(
                r -> r.qualifier().equals("6R") && r.value().equals(Integer.toString(l.number()))));
        assertThat(claimP.provider("82")).hasValueSatisfying(r -> {
            assertThat(r.name().id()).isEqualTo("1444444446");
            assertThat(r.taxonomy()).isEqualTo("207R00000X");
        });
        assertThat(claimP.provider("77")).hasValueSatisfying(f -> assertThat(f.name().id()).isEqualTo("1555555550"));
        assertThat(new String(x837p, StandardCharsets.US_ASCII)).contains("SBR*P*18*", "ST*837*0001*005010X222A1",
                "NM1*85*1*SYNTHETIC*DANA****XX*1234567893", "PRV*BI*PXC*207Q00000X", "NM1*PR*2*SYNTHETIC HEALTH PLAN");

        byte[] x837i = bytes(sent837(pcnI));
        assertThat(errors(x837i)).isEmpty();
        Claim claimI = X12Toolkit.readTyped(x837i, Claim837I.class).values().stream().flatMap(t -> t.claims())
                .filter(c -> c.patientControlNumber().equals(pcnI)).findFirst().orElseThrow();
        assertThat(claimI.typeOfBill()).isEqualTo("0131");
        assertThat(claimI.totalCharge()).isEqualByComparingTo("200.00");
        assertThat(claimI.date("434")).hasValueSatisfying(d -> assertThat(d.date()).isEqualTo(ClaimTestSupport.DOS));
        assertThat(claimI.provider("71")).isPresent();
        assertThat(claimI.lines()).extracting(l -> l.institutional().revenueCode() + ":"
                + l.institutional().procedure().code()).containsExactly("0516:99213", "0300:36415", "0730:93000");
        assertThat(new String(x837i, StandardCharsets.US_ASCII)).contains("*13:A:1*",
                "ST*837*0001*005010X223A2");

        List<ClaimSubmitted> submitted = TestEvents.awaitEvents(Topics.CLAIM_SUBMITTED, ClaimSubmitted.class,
                e -> e.getEncounterId().equals(professional) || e.getEncounterId().equals(facility), 2, TIMEOUT);
        assertThat(submitted).extracting(ClaimSubmitted::getPatientControlNumber).containsExactlyInAnyOrder(pcnP,
                pcnI);
        assertThat(submitted).extracting(ClaimSubmitted::getClaimType).containsExactlyInAnyOrder("PROFESSIONAL",
                "INSTITUTIONAL");
        assertThat(submitted).allSatisfy(e -> {
            assertThat(e.getInterchangeControlNumber()).matches("\\d{9}");
            assertThat(e.getEdiFileId()).contains(e.getInterchangeControlNumber());
        });
    }

    @Test
    void shouldSendAnInpatientStayAsAValid837IWithPoaIndicatorsAndIcd10PcsProcedures() {
        String inpatient = newEncounterId();
        publishBothHalves(inpatient, ClaimTestSupport.inpatientCoded(inpatient));
        JsonPath sent = awaitStatus(inpatient, "SENT");
        assertThat(sent.getString("claimType")).isEqualTo("INSTITUTIONAL");
        String pcn = sent.getString("patientControlNumber");

        byte[] x837i = bytes(sent837(pcn));
        assertThat(errors(x837i)).isEmpty();
        Claim claim = X12Toolkit.readTyped(x837i, Claim837I.class).values().stream().flatMap(t -> t.claims())
                .filter(c -> c.patientControlNumber().equals(pcn)).findFirst().orElseThrow();
        assertThat(claim.typeOfBill()).isEqualTo("0111");
        // 26 Feb to 2 Mar 2026: four days of room and board at 2,400.00
        assertThat(claim.totalCharge()).isEqualByComparingTo("9600.00");
        assertThat(claim.date("434")).hasValueSatisfying(d -> {
            assertThat(d.date()).isEqualTo(ClaimTestSupport.ADMITTED);
            assertThat(d.end()).isEqualTo(ClaimTestSupport.DOS);
        });
        assertThat(claim.date("435")).hasValueSatisfying(d -> assertThat(d.date()).isEqualTo(ClaimTestSupport.ADMITTED));
        assertThat(claim.institutional().patientStatus()).isEqualTo("01");
        assertThat(claim.diagnoses()).extracting(d -> d.qualifier() + ":" + d.code() + ":" + d.presentOnAdmission())
                .containsExactly("ABK:I214:Y", "ABF:E119:null", "ABF:Z794:1");
        assertThat(claim.otherCodes()).extracting(h -> h.qualifier() + ":" + h.code() + ":" + h.date())
                .containsExactly("BBR:027034Z:2026-02-27", "BBQ:4A023N7:2026-02-27");
        assertThat(claim.lines()).singleElement().satisfies(l -> {
            assertThat(l.institutional().revenueCode()).isEqualTo("0120");
            assertThat(l.institutional().procedure()).isNull();
            assertThat(l.institutional().unit()).isEqualTo("DA");
            assertThat(l.institutional().quantity()).isEqualByComparingTo("4");
        });
        assertThat(new String(x837i, StandardCharsets.US_ASCII)).contains("CL1*1*2*01~", "DTP*435*D8*20260226~");
    }

    @Test
    void shouldMoveThroughAcknowledgedAcceptedAndPaidOnce() {
        String encounterId = newEncounterId();
        submitClaim(encounterId);
        String claimId = claimIdOf(encounterId);
        String pcn = ClaimTestSupport.claim(claimId).getString("patientControlNumber");
        EdiInterchange sent = sent837(pcn);
        byte[] x837 = bytes(sent);

        byte[] accept = ack999(x837);
        receiveFromPayer(accept, "999");
        awaitStatus(encounterId, "ACKNOWLEDGED");
        // the same 999 again, as a new event: taken once, the claim does not move again
        receiveFromPayer(accept, "999");
        String ackIsa13 = new String(accept, StandardCharsets.US_ASCII).substring(90, 99);
        await().atMost(TIMEOUT).until(() -> inboundFile(ackIsa13).map(f -> ((Number) f.get("duplicates")).intValue())
                .orElse(0) == 1);

        receiveFromPayer(ack277(pcn, "A2", "20", null, "PCC" + pcn, ClaimTestSupport.DOS), "277CA");
        JsonPath accepted = awaitStatus(encounterId, "ACCEPTED");
        assertThat(accepted.getString("payerClaimControlNumber")).isEqualTo("PCC" + pcn);

        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, ClaimTestSupport.adjudicated(encounterId, "PAID",
                "234.00", "180.00", "130.00", "50.00", "54.00", "0.00"));
        awaitStatus(encounterId, "PAID");
        // an acknowledgment after adjudication is recorded without moving the claim back
        receiveFromPayer(ack277(pcn, "A1", "19", "PR", null, ClaimTestSupport.DOS), "277CA");
        await().atMost(TIMEOUT).until(() -> timeline(claimId).size() == 6);

        List<Map<String, Object>> timeline = timeline(claimId);
        assertThat(timeline).extracting(e -> e.get("to")).containsExactly("READY", "SENT", "ACKNOWLEDGED",
                "ACCEPTED", "PAID", "PAID");
        assertThat(timeline).extracting(e -> e.get("from")).containsExactly(null, "READY", "SENT", "ACKNOWLEDGED",
                "ACCEPTED", "PAID");
        assertThat((String) timeline.get(2).get("cause")).contains("999", "accepted");
        assertThat((String) timeline.get(3).get("cause")).contains("277CA", "A2");
        assertThat((String) timeline.get(5).get("cause")).contains("recorded only");
        assertThat(ClaimTestSupport.claim(claimId).getString("status")).isEqualTo("PAID");

        // the submission monitor's batch: the claim accepted by the payer's 277CA, now paid
        Map<String, Object> batch = batchOf(sent.getInterchangeControlNumber());
        assertThat(batch.get("payerId")).isEqualTo("SYNPAYER1");
        assertThat(((Number) batch.get("accepted")).intValue()).isPositive();
        Map<String, Object> claim = batchClaim(batch, claimId);
        assertThat(claim).containsEntry("acknowledgment", "ACCEPTED").containsEntry("currentStatus", "PAID")
                .containsEntry("payerClaimControlNumber", "PCC" + pcn);
        assertThat(claim.get("rejectionCodes")).isNull();
        assertThat(claim.get("totalCharge")).isEqualTo(ClaimTestSupport.claim(claimId).get("totalCharge"));
    }

    @Test
    void shouldRejectOn999WithTheSegmentAndElementAndResendWithANewInterchange() {
        String encounterId = newEncounterId();
        submitClaim(encounterId);
        String claimId = claimIdOf(encounterId);
        String pcn = ClaimTestSupport.claim(claimId).getString("patientControlNumber");
        EdiInterchange first = sent837(pcn);
        // the payer acknowledges what it received: here a copy whose subscriber gender code is invalid
        String mutated = EdiFiles.content(first).replace("DMG*D8*19800517*F", "DMG*D8*19800517*Q");
        byte[] reject = ack999(mutated.getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(reject, StandardCharsets.US_ASCII)).contains("IK3*DMG", "IK5*R");
        receiveFromPayer(reject, "999");
        awaitStatus(encounterId, "REJECTED");

        Map<String, Object> item = openCorrection(claimId);
        assertThat(item.get("stage")).isEqualTo("ACK_999");
        assertThat(codes(item)).contains("IK501 R", "IK304 8", "IK403 I6");
        assertThat((String) item.get("reason")).contains("segment DMG at position", "element DMG03",
                "code value not used in implementation");
        ClaimRejected rejected = TestEvents.awaitEvent(Topics.CLAIM_REJECTED, ClaimRejected.class,
                e -> e.getClaimId().equals(claimId), TIMEOUT);
        assertThat(rejected.getStage()).isEqualTo("ACK_999");

        api().contentType("application/json").body(Map.of("memberId", "MBR-1001-A")).patch("/claims/{id}", claimId)
                .then().statusCode(200);
        api().post("/claims/{id}/resend", claimId).then().statusCode(200);
        awaitStatus(encounterId, "SENT");
        EdiInterchange second = sent837(pcn, Optional.of(first.getInterchangeControlNumber()));
        assertThat(second.getInterchangeControlNumber()).isNotEqualTo(first.getInterchangeControlNumber());
        assertThat(EdiFiles.content(second)).contains("*MI*MBR-1001-A~");
        assertThat(errors(bytes(second))).isEmpty();
        assertThat(api().queryParam("claimId", claimId).get("/corrections").then().statusCode(200).extract()
                .jsonPath().getList("status", String.class)).containsOnly("RESOLVED");

        // the first batch keeps the 999's rejection although the claim went on in the second
        Map<String, Object> firstBatch = batchOf(first.getInterchangeControlNumber());
        assertThat(((Number) firstBatch.get("rejected999")).intValue()).isPositive();
        assertThat(firstBatch.get("status")).isIn("REJECTED", "PARTIALLY_REJECTED");
        Map<String, Object> rejectedThere = batchClaim(firstBatch, claimId);
        assertThat(rejectedThere).containsEntry("acknowledgment", "REJECTED_999")
                .containsEntry("currentStatus", "SENT").containsEntry("rejectionStage", "ACK_999");
        assertThat(rejectedThere.get("rejectionCodes")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("IK501 R");
        assertThat(batchClaim(batchOf(second.getInterchangeControlNumber()), claimId))
                .containsEntry("acknowledgment", "AWAITING");
        assertThat(api().queryParam("status", "SENT").queryParam("size", "200").get("/claim-batches").then()
                .statusCode(200).extract().jsonPath().getList("items.interchangeControlNumber", String.class))
                .contains(second.getInterchangeControlNumber()).doesNotContain(first.getInterchangeControlNumber());
    }

    @Test
    void shouldRefuseABadBatchFilterWithAProblemAndLeaveOtherDaysOut() {
        for (String[] bad : List.of(new String[] { "status", "LOST" }, new String[] { "from", "2026-13-01" },
                new String[] { "size", "0" }, new String[] { "page", "-1" })) {
            api().queryParam(bad[0], bad[1]).get("/claim-batches").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        api().queryParam("from", "2026-03-02").queryParam("to", "2026-03-01").get("/claim-batches").then()
                .statusCode(400);
        api().get("/claim-batches/{id}", "x1").then().statusCode(404).contentType("application/problem+json");
        api().get("/claim-batches/{id}", "987654321").then().statusCode(404);
        assertThat(api().queryParam("to", "2000-01-01").get("/claim-batches").then().statusCode(200).extract()
                .jsonPath().getList("items")).isEmpty();
    }

    @Test
    @TestSecurity(user = "coder1", roles = Roles.CODER)
    void shouldNotShowTheBatchesToACoder() {
        api().get("/claim-batches").then().statusCode(403);
    }

    /** Today's batch with this ISA13 from the list, as the submission monitor reads it. */
    private static Map<String, Object> batchOf(String isa13) {
        List<Map<String, Object>> items = api().queryParam("payerId", "SYNPAYER1")
                .queryParam("from", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString())
                .queryParam("size", "200").get("/claim-batches").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(b -> isa13.equals(b.get("interchangeControlNumber"))).findFirst()
                .orElseThrow(() -> new AssertionError("no batch " + isa13 + " in " + items));
    }

    private static Map<String, Object> batchClaim(Map<String, Object> batch, String claimId) {
        JsonPath detail = api().get("/claim-batches/{id}", batch.get("batchId")).then().statusCode(200).extract()
                .jsonPath();
        assertThat(detail.getList("claims")).hasSize(((Number) batch.get("claimCount")).intValue());
        List<Map<String, Object>> claims = detail.getList("claims");
        return claims.stream().filter(c -> claimId.equals(c.get("claimId"))).findFirst()
                .orElseThrow(() -> new AssertionError("claim " + claimId + " not in batch " + batch.get("batchId")));
    }

    @Test
    void shouldRejectOn277CAWithTheStatusInWords() {
        String encounterId = newEncounterId();
        submitClaim(encounterId);
        String claimId = claimIdOf(encounterId);
        String pcn = ClaimTestSupport.claim(claimId).getString("patientControlNumber");
        receiveFromPayer(ack277(pcn, "A7", "164", "IL", null, ClaimTestSupport.DOS), "277CA");
        awaitStatus(encounterId, "REJECTED");

        Map<String, Object> item = openCorrection(claimId);
        assertThat(item.get("stage")).isEqualTo("ACK_277CA");
        assertThat(codes(item)).containsExactly("STC01 A7:164:IL");
        assertThat((String) item.get("reason")).contains("Rejected for Invalid Information",
                "Entity's contract/member number", "subscriber");
        assertThat(timeline(claimId)).extracting(e -> e.get("to")).containsExactly("READY", "SENT", "REJECTED");
    }

    @Test
    void shouldRejectAClaimWithoutDemographicsAtScrubAndSendItOnceCorrected() {
        String encounterId = newEncounterId();
        EncounterCoded coded = coded(encounterId);
        coded.setPatient(null);
        publishBothHalves(encounterId, coded);
        awaitStatus(encounterId, "REJECTED");
        String claimId = claimIdOf(encounterId);
        Map<String, Object> item = openCorrection(claimId);
        assertThat(item.get("stage")).isEqualTo("SCRUB");
        assertThat((String) item.get("reason")).contains("subscriber demographics missing", "date of birth");

        api().contentType("application/json").body(Map.of("subscriber", Map.of("sex", "X")))
                .patch("/claims/{id}", claimId).then().statusCode(400).contentType("application/problem+json");
        api().contentType("application/json").body(Map.of("memberId", "MBR-9")).patch("/claims/{id}", "CLM-NOPE")
                .then().statusCode(404).contentType("application/problem+json");
        api().contentType("application/json").body("{}").post("/claims/{id}/release", claimId).then()
                .statusCode(400).contentType("application/problem+json");
        api().contentType("application/json").body(Map.of("subscriber", Map.of("firstName", "ALEX", "lastName",
                "SAMPLE", "dateOfBirth", "1980-05-17", "sex", "F", "line1", "12 ELM STREET", "city", "SPRINGFIELD",
                "state", "IL", "postalCode", "62704"))).patch("/claims/{id}", claimId).then().statusCode(200);
        api().post("/claims/{id}/resend", claimId).then().statusCode(200);
        awaitStatus(encounterId, "SENT");
        // a claim at the payer can no longer be corrected
        api().contentType("application/json").body(Map.of("memberId", "MBR-9")).patch("/claims/{id}", claimId)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldReleaseAHeldClaimByHandAndAfterCoverageIsFound() {
        String released = newEncounterId();
        TestEvents.publish(Topics.ENCOUNTER_CODED, released, coded(released));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, released, eligibility(released, false));
        awaitStatus(released, "HELD");
        api().contentType("application/json").body(Map.of("reason", "coverage confirmed by phone"))
                .post("/claims/{id}/release", claimIdOf(released)).then().statusCode(200);
        awaitStatus(released, "SENT");
        assertThat(timeline(claimIdOf(released))).extracting(e -> (String) e.get("cause"))
                .anyMatch(c -> c.contains("released by biller7: coverage confirmed by phone"));

        String reverified = newEncounterId();
        TestEvents.publish(Topics.ENCOUNTER_CODED, reverified, coded(reverified));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, reverified, eligibility(reverified, false));
        awaitStatus(reverified, "HELD");
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, reverified, eligibility(reverified, true));
        awaitStatus(reverified, "SENT");
    }

    @Test
    void shouldReEvaluateANoChargeHoldWhenTheChargemasterGetsThePrice() {
        String encounterId = newEncounterId();
        publishBothHalves(encounterId, coded(encounterId, List.of(ClaimTestSupport.line(1, "99213", 1),
                ClaimTestSupport.line(2, "97530", 2))));
        awaitStatus(encounterId, "HELD");
        api().contentType("application/json").body(Map.of("reason", "try"))
                .post("/claims/{id}/release", claimIdOf(encounterId)).then().statusCode(409)
                .contentType("application/problem+json");

        api().contentType("application/json").body(Map.of("code", "97530", "effectiveFrom", "2026-01-01",
                "description", "Therapeutic activities, each 15 minutes", "chargePerUnit", 80.00, "revenueCode",
                "0420")).post("/chargemaster").then().statusCode(201);
        api().contentType("application/json").body(Map.of("code", "97530", "effectiveFrom", "2026-01-01",
                "description", "again", "chargePerUnit", 80.00)).post("/chargemaster").then().statusCode(409);
        api().contentType("application/json").body(Map.of("description", "x", "chargePerUnit", -1))
                .put("/chargemaster/{code}/{from}", "97530", "2026-01-01").then().statusCode(400);

        JsonPath sent = awaitStatus(encounterId, "SENT");
        assertThat((Object) sent.get("totalCharge")).isEqualTo(new BigDecimal("285.00"));
    }

    @Test
    void shouldTakeAnUploadedAcknowledgmentForAnUnknownClaimAsUnmatchedWithoutChangingAnything() {
        String encounterId = newEncounterId();
        submitClaim(encounterId);
        String claimId = claimIdOf(encounterId);
        // a 277CA for a patient control number we never sent: taken (the file is recorded), unmatched, no effect
        byte[] unknown = ack277("RC9999999999", "A7", "164", "IL", null, ClaimTestSupport.DOS);
        api().contentType("application/edi-x12").body(unknown).queryParam("fileName", "unknown.277ca.x12")
                .post("/edi/files").then().statusCode(202);
        api().contentType("application/edi-x12").body(unknown).queryParam("fileName", "unknown.277ca.x12")
                .post("/edi/files").then().statusCode(200);
        // a 277CA for our claim uploaded twice: accepted once
        String pcn = ClaimTestSupport.claim(claimId).getString("patientControlNumber");
        byte[] accept = ack277(pcn, "A1", "19", "PR", null, ClaimTestSupport.DOS);
        api().contentType("application/edi-x12").body(accept).post("/edi/files").then().statusCode(202);
        api().contentType("application/edi-x12").body(accept).post("/edi/files").then().statusCode(200);

        awaitStatus(encounterId, "ACCEPTED");
        assertThat(timeline(claimId)).extracting(e -> e.get("to")).containsExactly("READY", "SENT", "ACCEPTED");
        assertThat(api().queryParam("claimId", claimId).get("/corrections").then().statusCode(200).extract()
                .jsonPath().getList("$")).isEmpty();
    }

    private static void publishBothHalves(String encounterId, EncounterCoded coded) {
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded);
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, eligibility(encounterId, true));
    }

    private static JsonPath awaitStatus(String encounterId, String status) {
        return awaitClaim(claimIdOf(encounterId), c -> status.equals(c.getString("status")));
    }

    private static List<Map<String, Object>> timeline(String claimId) {
        return api().get("/claims/{id}/timeline", claimId).then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static Map<String, Object> openCorrection(String claimId) {
        List<Map<String, Object>> items = api().queryParam("status", "OPEN").queryParam("claimId", claimId)
                .get("/corrections").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(Map<String, Object> item) {
        return (List<String>) item.get("codes");
    }

    private static Optional<Map<String, Object>> inboundFile(String isa13) {
        List<Map<String, Object>> files = api().queryParam("direction", "IN").get("/edi/files").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return files.stream().filter(f -> isa13.equals(f.get("interchangeControlNumber"))).findFirst()
                .map(f -> api().get("/edi/files/{id}", f.get("fileId")).then().statusCode(200).extract().jsonPath()
                        .getMap("$"));
    }
}
