package io.revcycle.claims;

import static io.revcycle.claims.ClaimTestSupport.TIMEOUT;
import static io.revcycle.claims.ClaimTestSupport.awaitClaim;
import static io.revcycle.claims.ClaimTestSupport.claimIdOf;
import static io.revcycle.claims.ClaimTestSupport.coded;
import static io.revcycle.claims.ClaimTestSupport.eligibility;
import static io.revcycle.claims.ClaimTestSupport.newEncounterId;
import static io.revcycle.claims.EdiFiles.bytes;
import static io.revcycle.claims.EdiFiles.errors;
import static io.revcycle.claims.EdiFiles.sent837;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.imsweb.x12.Loop;
import com.imsweb.x12.reader.X12Reader;
import com.imsweb.x12.reader.X12Reader.FileType;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.ClaimRejected;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.EdiInterchange;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.CoverageInOrder;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.PostedAdjustment;
import io.revcycle.events.PostedLine;
import io.revcycle.events.RemittancePosting;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;
import io.revcycle.x12.X12ParserCrossCheck;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.claim.Claim;
import io.revcycle.x12.claim.Claim837P;
import io.revcycle.x12.claim.LineAdjudication;
import io.revcycle.x12.claim.OtherSubscriber;
import io.revcycle.x12.claim.Subscriber;

/**
 * Coordination of benefits through the real broker: a patient with two coverages, the primary's 835 posted, and the
 * secondary 837 that follows with the primary's adjudication (2320/2330/2430), validated and read by x12-parser.
 */
@QuarkusTest
@TestSecurity(user = "biller7", roles = { Roles.BILLER, Roles.BILLING_MANAGER })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "claims"))
class NextPayerClaimTest {

    private static final LocalDate PRIMARY_PAID_ON = LocalDate.of(2026, 3, 20);

    @Test
    void shouldSendTheSecondaryClaimWithThePrimarysPaymentsAndAdjustmentsAfterThePrimarysRemittance()
            throws Exception {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded(encounterId));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, twoCoverages(encounterId));
        awaitClaim(claimId, c -> "SENT".equals(c.getString("status")));
        ClaimSubmitted primary = awaitSubmitted(claimId, "P");
        assertThat(primary.getPayerId()).isEqualTo("SYNPAYER1");
        assertThat(primary.getNextPayerPending()).as("the secondary follows").isTrue();

        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, primaryRemittance(encounterId));

        ClaimSubmitted secondary = awaitSubmitted(claimId, "S");
        assertThat(secondary.getPayerId()).isEqualTo("SYNPAYER2");
        assertThat(secondary.getMemberId()).isEqualTo("SEC-2002");
        assertThat(secondary.getNextPayerPending()).isFalse();
        String pcn = secondary.getPatientControlNumber();
        assertThat(pcn).matches("RC\\d{10}").isNotEqualTo(primary.getPatientControlNumber());

        byte[] x12 = bytes(sent837(pcn));
        assertThat(errors(x12)).as("SNIP 1-4, COB balancing included").isEmpty();
        assertThat(X12ParserCrossCheck.errors(x12)).as("x12-parser's reading").isEmpty();

        Claim837P transaction = X12Toolkit.readTyped(x12, Claim837P.class).values().get(0);
        assertThat(transaction.receiver().id()).isEqualTo("SYNPAYER2");
        Subscriber subscriber = transaction.billingProviders().get(0).subscribers().get(0);
        assertThat(subscriber.payerResponsibility()).isEqualTo("S");
        assertThat(subscriber.subscriber().name().id()).isEqualTo("SEC-2002");
        assertThat(subscriber.subscriber().name().lastOrOrganization()).isEqualTo("SAMPLE");
        assertThat(subscriber.subscriber().name().first()).isEqualTo("JORDAN");
        assertThat(subscriber.payer().name().id()).isEqualTo("SYNPAYER2");
        assertThat(subscriber.claims()).isEmpty();
        assertThat(subscriber.patients()).singleElement().satisfies(p -> {
            assertThat(p.relationship()).isEqualTo("01");
            assertThat(p.person().name().first()).isEqualTo("ALEX");
        });
        Claim claim = subscriber.patients().get(0).claims().get(0);
        assertThat(claim.patientControlNumber()).isEqualTo(pcn);
        assertThat(claim.frequencyCode()).isEqualTo("1");
        assertThat(claim.totalCharge()).isEqualByComparingTo("234.00");

        // 2320/2330: what the primary paid (91.20) and left to the patient (72.80), the primary's subscriber and payer
        OtherSubscriber before = claim.otherSubscribers().get(0);
        assertThat(before.payerResponsibility()).isEqualTo("P");
        assertThat(before.relationship()).isEqualTo("18");
        assertThat(before.payerPaid()).isEqualByComparingTo("91.20");
        assertThat(before.remainingPatientLiability()).isEqualByComparingTo("72.80");
        assertThat(before.subscriber().name().id()).isEqualTo("MBR-1001");
        assertThat(before.payer().name().id()).isEqualTo("SYNPAYER1");
        assertThat(before.adjustments()).isEmpty();

        // 2430 per line: SVD paid, CAS as the 835 said, DTP*573
        List<LineAdjudication> lines = claim.lines().stream().map(l -> l.adjudications().get(0)).toList();
        assertThat(lines).extracting(LineAdjudication::payerId).containsOnly("SYNPAYER1");
        assertThat(lines).extracting(a -> a.paid().toPlainString(), a -> a.procedure().code())
                .containsExactly(tuple("56.00", "99214"), tuple("8.00", "36415"), tuple("27.20", "J1100"));
        assertThat(lines.get(0).adjustments())
                .extracting(a -> a.group(), a -> a.reason(), a -> a.amount().toPlainString())
                .containsExactly(tuple("CO", "45", "65.00"), tuple("PR", "1", "50.00"), tuple("PR", "2", "14.00"));
        assertThat(lines.get(2).adjustments())
                .extracting(a -> a.group(), a -> a.reason(), a -> a.amount().toPlainString())
                .containsExactly(tuple("PR", "2", "6.80"));
        assertThat(lines).as("DTP*573: the primary 835's payment date (BPR16)").allSatisfy(
                a -> assertThat(a.adjudicationDate()).isEqualTo(PRIMARY_PAID_ON));

        // x12-parser's own loops: 2320 with AMT*D, three 2430s naming the primary
        X12Reader reader = new X12Reader(FileType.ANSI837_5010_X222, new ByteArrayInputStream(x12),
                StandardCharsets.UTF_8);
        Loop isa = reader.getLoops().get(0);
        Loop cob = isa.findLoop("2320").get(0);
        assertThat(cob.getSegment("SBR").getElementValue("SBR01")).isEqualTo("P");
        assertThat(cob.findSegment("AMT")).anySatisfy(amt -> {
            assertThat(amt.getElementValue("AMT01")).isEqualTo("D");
            assertThat(new BigDecimal(amt.getElementValue("AMT02"))).isEqualByComparingTo("91.20");
        });
        assertThat(isa.findLoop("2430")).hasSize(3).allSatisfy(
                svd -> assertThat(svd.getSegment("SVD").getElementValue("SVD01")).isEqualTo("SYNPAYER1"));

        JsonPath sent = ClaimTestSupport.claim(claimId);
        assertThat(sent.getString("nextPayers[0].status")).isEqualTo("SENT");
        assertThat(sent.getString("nextPayers[0].payerResponsibility")).isEqualTo("S");
        assertThat(sent.getString("nextPayers[0].patientControlNumber")).isEqualTo(pcn);
        assertThat(sent.<BigDecimal>get("nextPayers[0].remainingBalance")).isEqualByComparingTo("72.80");

        // the secondary's 999 and 277CA name the leg's interchange and CLM01: they move the leg, not the claim
        EdiFiles.receiveFromPayer(EdiFiles.ack999(x12), "999", "SYNPAYER2");
        awaitClaim(claimId, c -> "ACKNOWLEDGED".equals(c.getString("nextPayers[0].status")));
        EdiFiles.receiveFromPayer(EdiFiles.ack277("SYNPAYER2", pcn, "A2", "20", null, "PCC" + pcn,
                ClaimTestSupport.DOS), "277CA", "SYNPAYER2");
        JsonPath accepted = awaitClaim(claimId, c -> "ACCEPTED".equals(c.getString("nextPayers[0].status")));
        assertThat(accepted.getString("nextPayers[0].payerClaimControlNumber")).isEqualTo("PCC" + pcn);
        assertThat(accepted.getString("status")).as("the primary's claim does not move").isEqualTo("PAID");
        assertThat(accepted.getString("payerClaimControlNumber")).isNotEqualTo("PCC" + pcn);

        // the secondary's own 835, posted later, is recorded on its leg; the claim keeps the primary's figures
        JsonPath totalsBefore = summary();
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, secondaryRemittance(encounterId));
        JsonPath adjudicated = awaitClaim(claimId, c -> "ADJUDICATED".equals(c.getString("nextPayers[0].status")));
        assertThat(adjudicated.<BigDecimal>get("nextPayers[0].paidAmount")).isEqualByComparingTo("60.00");
        assertThat(adjudicated.<BigDecimal>get("nextPayers[0].patientResponsibility")).isEqualByComparingTo("12.80");
        assertThat(adjudicated.getString("status")).isEqualTo("PAID");
        assertThat(adjudicated.<BigDecimal>get("paidAmount")).isEqualByComparingTo("91.20");
        // the summary counts it per payer leg: one more S leg adjudicated, 60.00 paid by it, 12.80 left
        JsonPath after = summary();
        assertThat(after.getLong("nextPayers.S.byStatus.ADJUDICATED")
                - totalsBefore.getLong("nextPayers.S.byStatus.ADJUDICATED"))
                .isEqualTo(1);
        assertThat(after.<BigDecimal>get("nextPayers.S.paid").subtract(totalsBefore.get("nextPayers.S.paid")))
                .isEqualByComparingTo("60.00");
        assertThat(after.<BigDecimal>get("nextPayers.S.patientResponsibility")
                .subtract(totalsBefore.get("nextPayers.S.patientResponsibility"))).isEqualByComparingTo("12.80");
        assertThat(after.<BigDecimal>get("paidByAllPayers").subtract(after.get("paid")))
                .isEqualByComparingTo(after.<BigDecimal>get("nextPayers.S.paid")
                        .add(after.getMap("nextPayers").containsKey("T") ? after.<BigDecimal>get("nextPayers.T.paid")
                                : BigDecimal.ZERO));
    }

    private static JsonPath summary() {
        return ClaimTestSupport.api().get("/claims/summary").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldSendTheTertiaryClaimWithBothPayersAdjudicationsAfterTheSecondarysRemittance() throws Exception {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded(encounterId));
        EligibilityVerified three = twoCoverages(encounterId);
        List<CoverageInOrder> order = new java.util.ArrayList<>(three.getOrderOfBenefits());
        order.add(CoverageInOrder.newBuilder().setPosition(3).setPayerResponsibility("T").setPayerId("SYNPAYER1")
                .setCoverageId("COV-3").setRelationshipCode("19").setRule("DECLARED").setMemberId("TER-3003")
                .setSubscriberFirstName("MORGAN").setSubscriberLastName("SAMPLE").build());
        three.setOrderOfBenefits(order);
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, three);
        awaitClaim(claimId, c -> "SENT".equals(c.getString("status")));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, primaryRemittance(encounterId));
        ClaimSubmitted secondary = awaitSubmitted(claimId, "S");
        assertThat(secondary.getNextPayerPending()).as("the tertiary follows").isTrue();

        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, secondaryRemittanceWithLines(encounterId));

        ClaimSubmitted tertiary = awaitSubmitted(claimId, "T");
        assertThat(tertiary.getPayerId()).isEqualTo("SYNPAYER1");
        assertThat(tertiary.getMemberId()).isEqualTo("TER-3003");
        assertThat(tertiary.getNextPayerPending()).isFalse();
        String pcn = tertiary.getPatientControlNumber();
        assertThat(pcn).isNotEqualTo(secondary.getPatientControlNumber());
        byte[] x12 = bytes(sent837(pcn));
        assertThat(errors(x12)).as("SNIP 1-4, COB balancing of both payers included").isEmpty();
        assertThat(X12ParserCrossCheck.errors(x12)).as("x12-parser's reading").isEmpty();

        Subscriber subscriber = X12Toolkit.readTyped(x12, Claim837P.class).values().get(0).billingProviders().get(0)
                .subscribers().get(0);
        assertThat(subscriber.payerResponsibility()).isEqualTo("T");
        assertThat(subscriber.subscriber().name().id()).isEqualTo("TER-3003");
        Claim claim = subscriber.patients().get(0).claims().get(0);
        // a 2320 for each payer before it, the primary first: what each paid and left to the patient
        assertThat(claim.otherSubscribers()).extracting(OtherSubscriber::payerResponsibility,
                o -> o.payer().name().id(), o -> o.payerPaid().toPlainString(),
                o -> o.remainingPatientLiability().toPlainString(), o -> o.subscriber().name().id())
                .containsExactly(tuple("P", "SYNPAYER1", "91.20", "72.80", "MBR-1001"),
                        tuple("S", "SYNPAYER2", "42.00", "30.80", "SEC-2002"));
        assertThat(claim.otherSubscribers().get(1).relationship()).isEqualTo("01");
        // per line both payers' 2430s, in that order
        assertThat(claim.lines()).extracting(l -> l.adjudications().stream()
                .map(a -> a.payerId() + "=" + a.paid().toPlainString()).toList())
                .containsExactly(List.of("SYNPAYER1=56.00", "SYNPAYER2=40.00"),
                        List.of("SYNPAYER1=8.00", "SYNPAYER2=2.00"), List.of("SYNPAYER1=27.20", "SYNPAYER2=0.00"));
        assertThat(claim.lines().get(0).adjudications().get(1).adjustments())
                .extracting(a -> a.group() + "-" + a.reason() + "=" + a.amount().toPlainString())
                .containsExactly("OA-23=121.00", "PR-1=10.00", "PR-2=14.00");

        JsonPath sent = ClaimTestSupport.claim(claimId);
        assertThat(sent.getString("nextPayers[1].payerResponsibility")).isEqualTo("T");
        assertThat(sent.getString("nextPayers[1].status")).isEqualTo("SENT");
        assertThat(sent.<BigDecimal>get("nextPayers[1].remainingBalance")).isEqualByComparingTo("30.80");
    }

    @Test
    void shouldQueueARejectedSecondaryClaimAsItsLegAndSendItAgainOnceCorrected() throws Exception {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded(encounterId));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, twoCoverages(encounterId));
        awaitClaim(claimId, c -> "SENT".equals(c.getString("status")));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, primaryRemittance(encounterId));
        String pcn = awaitSubmitted(claimId, "S").getPatientControlNumber();
        EdiInterchange first = sent837(pcn);

        // SYNPAYER2's 277CA: A7 (rejected), 562 (entity's identifier), IL (the subscriber): the member id
        EdiFiles.receiveFromPayer(EdiFiles.ack277("SYNPAYER2", pcn, "A7", "562", "IL", null, ClaimTestSupport.DOS),
                "277CA", "SYNPAYER2");
        JsonPath rejected = awaitClaim(claimId, c -> "REJECTED".equals(c.getString("nextPayers[0].status")));
        assertThat(rejected.getString("status")).as("the primary's claim keeps its state").isEqualTo("PAID");
        ClaimRejected event = TestEvents.awaitEvent(Topics.CLAIM_REJECTED, ClaimRejected.class,
                e -> e.getClaimId().equals(claimId), TIMEOUT);
        assertThat(event.getPayerId()).isEqualTo("SYNPAYER2");
        assertThat(event.getPayerResponsibility()).isEqualTo("S");
        assertThat(event.getStage()).isEqualTo("ACK_277CA");
        assertThat(event.getCodes()).contains("STC01 A7:562:IL");
        List<Map<String, Object>> queue = ClaimTestSupport.api().queryParam("claimId", claimId).get("/corrections")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(queue).singleElement().satisfies(item -> {
            assertThat(item.get("payerResponsibility")).isEqualTo("S");
            assertThat(item.get("stage")).isEqualTo("ACK_277CA");
            assertThat(item.get("status")).isEqualTo("OPEN");
        });

        // the leg takes a member id and the subscriber's name, nothing of the claim's own
        ClaimTestSupport.api().contentType("application/json").queryParam("leg", "S")
                .body(Map.of("diagnosisCodes", List.of("E11.9"))).patch("/claims/{id}", claimId).then()
                .statusCode(400).contentType("application/problem+json");
        ClaimTestSupport.api().queryParam("leg", "X").post("/claims/{id}/resend", claimId).then().statusCode(400)
                .contentType("application/problem+json");
        ClaimTestSupport.api().contentType("application/json").queryParam("leg", "S")
                .body(Map.of("memberId", "SEC-2009")).patch("/claims/{id}", claimId).then().statusCode(200);
        ClaimTestSupport.api().queryParam("leg", "S").post("/claims/{id}/resend", claimId).then().statusCode(200)
                .body("nextPayers[0].status", org.hamcrest.Matchers.equalTo("SENT"));
        ClaimTestSupport.api().queryParam("leg", "S").post("/claims/{id}/resend", claimId).then().statusCode(409)
                .contentType("application/problem+json");

        // sent again in a new interchange, same CLM01, the corrected member id, the primary's adjudication as before
        EdiInterchange again = sent837(pcn, Optional.of(first.getInterchangeControlNumber()));
        byte[] x12 = bytes(again);
        assertThat(errors(x12)).isEmpty();
        Subscriber subscriber = X12Toolkit.readTyped(x12, Claim837P.class).values().get(0).billingProviders().get(0)
                .subscribers().get(0);
        assertThat(subscriber.subscriber().name().id()).isEqualTo("SEC-2009");
        Claim claim = subscriber.patients().get(0).claims().get(0);
        assertThat(claim.otherSubscribers().get(0).payerPaid()).isEqualByComparingTo("91.20");
        assertThat(claim.lines()).hasSize(3);
        assertThat(ClaimTestSupport.api().queryParam("claimId", claimId).get("/corrections").then().statusCode(200)
                .extract().jsonPath().getList("status")).containsExactly("RESOLVED");
    }

    @Test
    void shouldQueueASecondaryLegRejectedByA999AndLeaveThePrimarysClaimAlone() throws Exception {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded(encounterId));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, twoCoverages(encounterId));
        awaitClaim(claimId, c -> "SENT".equals(c.getString("status")));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, primaryRemittance(encounterId));
        String pcn = awaitSubmitted(claimId, "S").getPatientControlNumber();

        // SYNPAYER2 acknowledges a copy whose patient gender code is invalid: 999 IK5*R for the leg's interchange
        String mutated = EdiFiles.content(sent837(pcn)).replaceFirst("(DMG\\*D8\\*\\d{8}\\*)[FMU]", "$1Q");
        byte[] reject = EdiFiles.ack999(mutated.getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(reject, StandardCharsets.US_ASCII)).contains("IK3*DMG", "IK5*R");
        EdiFiles.receiveFromPayer(reject, "999", "SYNPAYER2");

        JsonPath rejected = awaitClaim(claimId, c -> "REJECTED".equals(c.getString("nextPayers[0].status")));
        assertThat(rejected.getString("status")).as("the primary's claim keeps its state").isEqualTo("PAID");
        ClaimRejected event = TestEvents.awaitEvent(Topics.CLAIM_REJECTED, ClaimRejected.class,
                e -> e.getClaimId().equals(claimId), TIMEOUT);
        assertThat(event.getPayerId()).isEqualTo("SYNPAYER2");
        assertThat(event.getPayerResponsibility()).isEqualTo("S");
        assertThat(event.getStage()).isEqualTo("ACK_999");
        assertThat(event.getCodes()).contains("IK501 R", "IK304 8", "IK403 I6");
        List<Map<String, Object>> queue = ClaimTestSupport.api().queryParam("claimId", claimId).get("/corrections")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(queue).singleElement().satisfies(item -> {
            assertThat(item.get("payerResponsibility")).isEqualTo("S");
            assertThat(item.get("stage")).isEqualTo("ACK_999");
            assertThat((String) item.get("reason")).contains("segment DMG", "element DMG03");
        });
    }

    @Test
    void shouldQueueASecondarysDenialNamingItsLegAndKeepThePrimarysClaimNumber() {
        String encounterId = newEncounterId();
        String claimId = claimIdOf(encounterId);
        TestEvents.publish(Topics.ENCOUNTER_CODED, encounterId, coded(encounterId));
        TestEvents.publish(Topics.ELIGIBILITY_VERIFIED, encounterId, twoCoverages(encounterId));
        awaitClaim(claimId, c -> "SENT".equals(c.getString("status")));
        TestEvents.publish(Topics.CLAIM_ADJUDICATED, claimId, primaryRemittance(encounterId));
        awaitSubmitted(claimId, "S");
        String primaryNumber = ClaimTestSupport.claim(claimId).getString("payerClaimControlNumber");

        DenialRaised denial = DenialRaised.newBuilder(ClaimTestSupport.denial(encounterId,
                ClaimTestSupport.deniedLine(2, "36415", "96", "2.00", "N130"))).setPayerId("SYNPAYER2")
                .setPayerResponsibility("S").setPayerClaimControlNumber("SEC-CLP07").build();
        TestEvents.publish(Topics.DENIAL_RAISED, claimId, denial);

        List<Map<String, Object>> items = await().atMost(TIMEOUT).until(() -> ClaimTestSupport.denials(claimId),
                l -> !l.isEmpty());
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.get("payerId")).isEqualTo("SYNPAYER2");
            assertThat(item.get("payerResponsibility")).isEqualTo("S");
        });
        JsonPath claim = awaitClaim(claimId,
                c -> "SEC-CLP07".equals(c.getString("nextPayers[0].payerClaimControlNumber")));
        assertThat(claim.getString("payerClaimControlNumber")).as("the primary's CLP07 stays")
                .isEqualTo(primaryNumber);
        // a replacement or void would go to the primary, which did not deny it
        Object id = items.get(0).get("id");
        ClaimTestSupport.api().contentType("application/json").body(Map.of("reason", "secondary denied"))
                .post("/denials/{id}/void", id).then().statusCode(409).contentType("application/problem+json");
    }

    private static ClaimSubmitted awaitSubmitted(String claimId, String payerResponsibility) {
        return TestEvents.awaitEvent(Topics.CLAIM_SUBMITTED, ClaimSubmitted.class,
                e -> e.getClaimId().equals(claimId) && e.getPayerResponsibility().equals(payerResponsibility),
                TIMEOUT);
    }

    /** SYNPAYER1 as the patient's own plan, SYNPAYER2 through the spouse (birthday rule). */
    private static EligibilityVerified twoCoverages(String encounterId) {
        EligibilityVerified e = eligibility(encounterId, true);
        e.setOrderOfBenefits(List.of(
                CoverageInOrder.newBuilder().setPosition(1).setPayerResponsibility("P").setPayerId("SYNPAYER1")
                        .setCoverageId("COV-1").setRule("SUBSCRIBER_BEFORE_DEPENDENT").setMemberId("MBR-1001")
                        .build(),
                CoverageInOrder.newBuilder().setPosition(2).setPayerResponsibility("S").setPayerId("SYNPAYER2")
                        .setCoverageId("COV-2").setRelationshipCode("01").setRule("SUBSCRIBER_BEFORE_DEPENDENT")
                        .setMemberId("SEC-2002").setSubscriberFirstName("JORDAN").setSubscriberLastName("SAMPLE")
                        .build()));
        return e;
    }

    /**
     * The primary's 835, by hand: 99214 185.00 = paid 56.00 + CO-45 65.00 + PR-1 50.00 + PR-2 14.00 (20% of 70.00);
     * 36415 15.00 = 8.00 + CO-45 5.00 + PR-2 2.00; J1100 34.00 = 27.20 + PR-2 6.80. Paid 91.20, patient 72.80,
     * contractual 70.00: 234.00 in all.
     */
    private static ClaimAdjudicated primaryRemittance(String encounterId) {
        ClaimAdjudicated e = ClaimTestSupport.adjudicated(encounterId, "PAID", "234.00", "164.00", "91.20", "72.80",
                "70.00", "0.00");
        e.setPostingSequence(1);
        e.setNextPayerPending(true);
        e.setPosting(RemittancePosting.newBuilder().setClaimStatusCode("1").setPayerClaimControlNumber("PCN-1")
                .setPaidAmount(money("91.20")).setAllowedAmount(money("164.00"))
                .setPatientResponsibility(money("72.80")).setAdjustedAmount(money("142.80"))
                .setInterestAmount(money("0.00"))
                .setPaymentDate(PRIMARY_PAID_ON)
                .setLines(List.of(
                        line(1, "99214", "185.00", "56.00", cas("CO", "45", "65.00"), cas("PR", "1", "50.00"),
                                cas("PR", "2", "14.00")),
                        line(2, "36415", "15.00", "8.00", cas("CO", "45", "5.00"), cas("PR", "2", "2.00")),
                        line(3, "J1100", "34.00", "27.20", cas("PR", "2", "6.80"))))
                .build());
        return e;
    }

    /** The secondary pays 60.00 of the 72.80 and leaves 12.80 (PR-2). */
    private static ClaimAdjudicated secondaryRemittance(String encounterId) {
        ClaimAdjudicated e = ClaimTestSupport.adjudicated(encounterId, "PAID", "234.00", "72.80", "60.00", "12.80",
                "161.20", "0.00");
        e.setEventId(UUID.randomUUID());
        e.setOccurredAt(Instant.now());
        e.setPayerId("SYNPAYER2");
        e.setPayerResponsibility("S");
        e.setPostingSequence(1);
        return e;
    }

    /**
     * The secondary's 835 as the payer simulator answers it, by hand: at most what the primary left per line (64.00,
     * 2.00, 6.80): 40.00 on 99214 (OA-23 121.00 = 185.00 - 64.00; the deductible first: PR-1 10.00, PR-2 14.00 left),
     * 2.00 on 36415 (OA-23 13.00), nothing on J1100 (OA-23 27.20, PR-2 6.80). Paid 42.00, the patient left 30.80.
     */
    private static ClaimAdjudicated secondaryRemittanceWithLines(String encounterId) {
        ClaimAdjudicated e = secondaryRemittance(encounterId);
        e.setPaidAmount(money("42.00"));
        e.setPatientResponsibility(money("30.80"));
        e.setNextPayerPending(true);
        e.setPosting(RemittancePosting.newBuilder().setClaimStatusCode("2").setPayerClaimControlNumber("PCN-2")
                .setPaidAmount(money("42.00")).setAllowedAmount(money("72.80"))
                .setPatientResponsibility(money("30.80")).setAdjustedAmount(money("192.00"))
                .setInterestAmount(money("0.00"))
                .setPaymentDate(PRIMARY_PAID_ON.plusDays(14))
                .setLines(List.of(
                        line(1, "99214", "185.00", "40.00", cas("OA", "23", "121.00"), cas("PR", "1", "10.00"),
                                cas("PR", "2", "14.00")),
                        line(2, "36415", "15.00", "2.00", cas("OA", "23", "13.00")),
                        line(3, "J1100", "34.00", "0.00", cas("OA", "23", "27.20"), cas("PR", "2", "6.80"))))
                .build());
        return e;
    }

    private static PostedLine line(int number, String code, String charge, String paid, PostedAdjustment... cas) {
        return PostedLine.newBuilder().setLineNumber(number).setProcedureCode(code).setChargeAmount(money(charge))
                .setPaidAmount(money(paid)).setAdjustments(List.of(cas)).build();
    }

    private static PostedAdjustment cas(String group, String reason, String amount) {
        return PostedAdjustment.newBuilder().setGroupCode(group).setReasonCode(reason).setAmount(money(amount))
                .build();
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
