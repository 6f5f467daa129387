package io.revcycle.remittance;

import static io.revcycle.remittance.RemittanceFixtures.PAYER;
import static io.revcycle.remittance.RemittanceFixtures.claimSubmitted;
import static io.revcycle.remittance.RemittanceFixtures.interchange;
import static io.revcycle.remittance.RemittanceFixtures.money;
import static io.revcycle.remittance.RemittanceFixtures.newTraceNumber;
import static io.revcycle.remittance.RemittanceFixtures.paid;
import static io.revcycle.remittance.RemittanceFixtures.partiallyDenied;
import static io.revcycle.remittance.RemittanceFixtures.remittance;
import static io.revcycle.remittance.RemittanceFixtures.x12;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.PostedAdjustment;
import io.revcycle.events.PostedLine;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.DeniedLine;
import io.revcycle.events.PatientShare;
import io.revcycle.events.PayerDirectoryUpdated;
import io.revcycle.events.Topics;
import io.revcycle.messaging.EventHeaders;
import io.revcycle.remittance.RemittanceFixtures.TestClaim;
import io.revcycle.remittance.domain.ClaimMatch;
import io.revcycle.remittance.domain.PayerWindow;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.remit.Remittance835;

/**
 * Posting from real 835 bytes (written with common-x12) through the real broker, registry and PostgreSQL: the EDI
 * gateway takes each file (raw-EDI topic or upload) and hands it to this service.
 */
@QuarkusTest
@TestSecurity(user = "denials-1", roles = { Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER, Roles.INTEGRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "remittance"))
class RemittancePostingTest {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final EntityManager em;

    RemittancePostingTest(EntityManager em) {
        this.em = em;
    }

    @BeforeAll
    static void exactNumbers() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void shouldWriteCleanTestFiles() {
        TestClaim c = TestClaim.next();
        byte[] file = x12(remittance(newTraceNumber(), partiallyDenied(c)));
        assertThat(X12Toolkit.readTyped(file, Remittance835.class).findings()).noneMatch(f -> f.isError());
    }

    @Test
    void shouldPostASecondarysRemittanceToItsOwnLegAndAnnounceItForTheClaim() {
        TestClaim c = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(),
                ClaimSubmitted.newBuilder(claimSubmitted(c)).setNextPayerPending(true).build());
        await().atMost(TIMEOUT).until(() -> claimRecorded(c.claimId()));
        String trace = newTraceNumber();
        TestEvents.publish(Topics.EDI_FROM_PAYER, PAYER, interchange(x12(remittance(trace, partiallyDenied(c))),
                "era-" + trace + ".835"));
        ClaimAdjudicated primary = awaitAdjudicated(c.claimId());
        assertThat(primary.getPayerResponsibility()).isEqualTo("P");
        assertThat(primary.getNextPayerPending()).as("the secondary follows").isTrue();

        // the secondary's claim: its own CLM01, SYNPAYER2, after the primary's 835
        TestClaim leg = new TestClaim(c.encounterId(), c.claimId(), TestClaim.next().patientControlNumber());
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), ClaimSubmitted.newBuilder(claimSubmitted(leg))
                .setEventId(UUID.randomUUID()).setPayerId("SYNPAYER2").setPayerResponsibility("S").build());
        await().atMost(TIMEOUT).until(() -> claimRecorded(c.claimId() + ":S"));
        // it pays 40.00 of the 59.60 the primary left on 99213 (OA-23 the rest of the line), nothing more on 81002
        String trace2 = newTraceNumber();
        TestEvents.publish(Topics.EDI_FROM_PAYER, PAYER, interchange(x12(remittance(trace2,
                RemittanceFixtures.clp(leg, "2", "260.00", "40.00", "19.60",
                        RemittanceFixtures.svc("99213", "1", "185.00", "148.00", "40.00", List.of(),
                                RemittanceFixtures.cas("OA", "23", "125.40"), RemittanceFixtures.cas("PR", "2", "19.60")),
                        RemittanceFixtures.svc("81002", "2", "75.00", "75.00", "0.00", List.of(),
                                RemittanceFixtures.cas("OA", "23", "75.00"))))), "era-" + trace2 + ".835"));

        ClaimAdjudicated secondary = TestEvents.awaitEvent(Topics.CLAIM_ADJUDICATED, ClaimAdjudicated.class,
                e -> e.getClaimId().equals(c.claimId()) && "S".equals(e.getPayerResponsibility()), TIMEOUT);
        assertThat(secondary.getPayerId()).isEqualTo("SYNPAYER2");
        assertThat(secondary.getPostingSequence()).as("the secondary's own first posting").isEqualTo(1);
        assertThat(secondary.getNextPayerPending()).isFalse();
        assertThat(secondary.getPaidAmount()).isEqualTo(money("40.00"));
        assertThat(secondary.getPatientResponsibility()).isEqualTo(money("19.60"));
        assertThat(secondary.getContractualAdjustment()).isEqualTo(money("0.00"));
        assertThat(secondary.getPatientResponsibilityLines()).extracting(PatientShare::getReasonCode,
                PatientShare::getAmount).containsExactly(tuple("2", money("19.60")));
        assertThat(secondary.getEventId()).isNotEqualTo(primary.getEventId());
        // each leg's postings stand apart: the primary's still as posted
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(200)
                .body("paidAmount", equalTo(money("88.40"))).body("patientResponsibility", equalTo(money("59.60")));
        given().get("/remittances/{claimId}", c.claimId() + ":S").then().statusCode(200)
                .body("paidAmount", equalTo(money("40.00"))).body("patientResponsibility", equalTo(money("19.60")));
    }

    @Test
    void shouldRaiseASecondarysDenialForTheClaimNamingItsLeg() {
        TestClaim c = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(),
                ClaimSubmitted.newBuilder(claimSubmitted(c)).setNextPayerPending(true).build());
        await().atMost(TIMEOUT).until(() -> claimRecorded(c.claimId()));
        TestClaim leg = new TestClaim(c.encounterId(), c.claimId(), TestClaim.next().patientControlNumber());
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), ClaimSubmitted.newBuilder(claimSubmitted(leg))
                .setEventId(UUID.randomUUID()).setPayerId("SYNPAYER2").setPayerResponsibility("S").build());
        await().atMost(TIMEOUT).until(() -> claimRecorded(c.claimId() + ":S"));
        // the secondary pays 99213's balance and denies 81002 as not covered (CO-96 N130)
        String trace = newTraceNumber();
        TestEvents.publish(Topics.EDI_FROM_PAYER, PAYER, interchange(x12(remittance(trace,
                RemittanceFixtures.clp(leg, "2", "260.00", "59.60", "0.00",
                        RemittanceFixtures.svc("99213", "1", "185.00", "148.00", "59.60", List.of(),
                                RemittanceFixtures.cas("OA", "23", "125.40")),
                        RemittanceFixtures.svc("81002", "2", "75.00", "0.00", "0.00", List.of("N130"),
                                RemittanceFixtures.cas("CO", "96", "75.00"))))), "era-" + trace + ".835"));

        DenialRaised denial = TestEvents.awaitEvent(Topics.DENIAL_RAISED, DenialRaised.class,
                e -> e.getClaimId().equals(c.claimId()), TIMEOUT);
        assertThat(denial.getPayerId()).isEqualTo("SYNPAYER2");
        assertThat(denial.getPayerResponsibility()).isEqualTo("S");
        assertThat(denial.getDenials()).extracting(DeniedLine::getLineNumber, DeniedLine::getReasonCode)
                .containsExactly(tuple(2, "96"));
    }

    @Test
    void shouldPostAn835FromTheTopicWithExactAmountsAndRaiseDenial() {
        TestClaim c = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), claimSubmitted(c));
        await().atMost(TIMEOUT).until(() -> claimRecorded(c.claimId()));
        String trace = newTraceNumber();

        TestEvents.publish(Topics.EDI_FROM_PAYER, PAYER, interchange(x12(remittance(trace, partiallyDenied(c))),
                "era-" + trace + ".835"));

        ClaimAdjudicated adjudicated = awaitAdjudicated(c.claimId());
        assertPartiallyDeniedPosting(adjudicated, awaitDenial(c.claimId()), c);
        // the date the 835 paid (BPR16), which a next payer's 837 gives as the adjudication date (2430 DTP*573)
        assertThat(adjudicated.getPosting().getPaymentDate()).isEqualTo(LocalDate.of(2025, 3, 20));
        String fileId = given().get("/remittances/{claimId}", c.claimId()).then().statusCode(200)
                .body("status", equalTo("POSTED"))
                .body("postings[0].paymentDate", equalTo("2025-03-20"))
                .body("patientId", equalTo("PAT-" + c.encounterId()))
                .body("patientControlNumber", equalTo(c.patientControlNumber()))
                .body("payerClaimControlNumber", equalTo("PCN" + c.patientControlNumber()))
                .body("claimStatusCode", equalTo("1"))
                .body("outcome", equalTo("PARTIALLY_DENIED"))
                .body("totalCharge", equalTo(money("260.00")))
                .body("allowedAmount", equalTo(money("148.00")))
                .body("paidAmount", equalTo(money("88.40")))
                .body("patientResponsibility", equalTo(money("59.60")))
                .body("deductible", equalTo(money("30.00")))
                .body("coinsurance", equalTo(money("4.60")))
                .body("copay", equalTo(money("25.00")))
                .body("contractualAdjustment", equalTo(money("37.00")))
                .body("deniedAmount", equalTo(money("75.00")))
                .body("traceNumber", equalTo(trace))
                .body("lines.lineNumber", contains(1, 2))
                .body("lines.lineItemControlNumber", contains("1", "2"))
                .body("lines.procedureCode", contains("99213", "81002"))
                .body("lines[0].denied", equalTo(false))
                .body("lines[0].unitsPaid", equalTo(money("1.00")))
                .body("lines[0].adjustments.groupCode", contains("CO", "PR", "PR", "PR"))
                .body("lines[0].adjustments.reasonCode", contains("45", "1", "3", "2"))
                .body("lines[0].adjustments.amount",
                        contains(money("37.00"), money("30.00"), money("25.00"), money("4.60")))
                .body("lines[1].denied", equalTo(true))
                .body("lines[1].remarkCodes", contains("N115"))
                .body("duplicateRemittances", equalTo(0))
                .extract().path("fileId");

        given().get("/remittance-files/{fileId}", fileId).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("claimCount", equalTo(1))
                .body("transactions[0].paymentAmount", equalTo(money("88.40")))
                .body("transactions[0].paymentMethod", equalTo("CHK"))
                .body("transactions[0].paymentDate", equalTo("2025-03-20"))
                .body("transactions[0].traceNumber", equalTo(trace))
                .body("transactions[0].payerId", equalTo(PAYER))
                .body("transactions[0].payerName", equalTo("SYNTHETIC HEALTH PLAN"))
                .body("transactions[0].claimPayments[0].disposition", equalTo("POSTED"))
                .body("transactions[0].claimPayments[0].claimId", equalTo(c.claimId()));
    }

    @Test
    void shouldRejectAn835WithoutItsPaymentDateWholeNotDateItsPostingByTheProductionDate() {
        TestClaim c = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), claimSubmitted(c));
        await().atMost(TIMEOUT).until(() -> claimRecorded(c.claimId()));
        String trace = newTraceNumber();
        // BPR16 left out, the 835 dated by DTM*405 only: 005010X221A1 requires BPR16, so no posting can be dated
        // without it (the date a next payer's 837 gives the payer's adjudication, 2430 DTP*573)
        io.revcycle.x12.remit.Remittance835 plain = remittance(trace, partiallyDenied(c));
        io.revcycle.x12.remit.Remittance835.Payment p = plain.payment();
        byte[] file = x12(new io.revcycle.x12.remit.Remittance835(new io.revcycle.x12.remit.Remittance835.Payment(
                p.handlingCode(), p.amount(), p.creditDebit(), p.method(), p.format(), p.sender(),
                p.originatingCompanyId(), p.originatingCompanyCode(), p.receiver(), null), plain.trace(),
                plain.currency(), plain.receiverId(), plain.versionId(), LocalDate.of(2025, 3, 18), plain.payer(),
                plain.payee(), plain.headers(), plain.providerAdjustments()));
        assertThat(new String(file, StandardCharsets.US_ASCII)).contains("DTM*405*20250318~");

        TestEvents.publish(Topics.EDI_FROM_PAYER, PAYER, interchange(file, "era-" + trace + ".835"));

        String fileId = await().atMost(TIMEOUT).until(() -> rejectedFileNamed("era-" + trace + ".835"),
                id -> id != null);
        given().get("/remittance-files/{fileId}", fileId).then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("findings", hasItem(org.hamcrest.Matchers.containsString("BPR16")));
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(404);
        assertThat(announced(Topics.CLAIM_ADJUDICATED, c.claimId())).isZero();
    }

    @Test
    void shouldCountTheAppealDeadlineFromThePayerDirectoryWindow() {
        // eligibility-service's directory announces a payer with a 45-day appeal window (the rules know no such payer)
        String payerId = "SYNPAYER-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.publish(Topics.PAYER_DIRECTORY, payerId, PayerDirectoryUpdated.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now()).setPayerId(payerId)
                .setName("DIRECTORY TEST PLAN").setInterchangeId("DIRTEST").setGatewayRoute("EDI_GATEWAY")
                .setRealTimeEligibility(false).setClaimFilingIndicator("CI").setTimelyFilingDays(90)
                .setAppealWindowDays(45).setFollowUpDays(30).setAcknowledgeOnly(false).setUpdatedBy("test")
                .setUpdatedAt(Instant.now()).build());
        await().atMost(TIMEOUT).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> PayerWindow.appealWindowDays(payerId)) != null);
        TestClaim c = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(),
                ClaimSubmitted.newBuilder(claimSubmitted(c)).setPayerId(payerId).build());
        await().atMost(TIMEOUT).until(() -> claimRecorded(c.claimId()));
        String trace = newTraceNumber();

        TestEvents.publish(Topics.EDI_FROM_PAYER, PAYER, interchange(x12(remittance(trace, partiallyDenied(c))),
                "era-" + trace + ".835"));

        DenialRaised denial = awaitDenial(c.claimId());
        LocalDate posted = LocalDate.ofInstant(denial.getOccurredAt(), ZoneOffset.UTC);
        assertThat(denial.getPayerId()).isEqualTo(payerId);
        assertThat(denial.getAppealDeadline()).isBetween(posted.plusDays(44), posted.plusDays(45));
        assertThat(denial.getDenials()).extracting(DeniedLine::getCategory).containsExactly("MEDICAL_NECESSITY");
    }

    @Test
    void shouldQueueAnUnmatchedClaimPaymentAndPostItWhenTheClaimArrives() {
        TestClaim c = TestClaim.next();
        upload(x12(remittance(newTraceNumber(), partiallyDenied(c))), "early.835").statusCode(202)
                .body("status", equalTo("ACCEPTED"));

        given().get("/remittances/unmatched").then().statusCode(200)
                .body("find { it.patientControlNumber == '" + c.patientControlNumber() + "' }.charge",
                        equalTo(money("260.00")))
                .body("find { it.patientControlNumber == '" + c.patientControlNumber() + "' }.paid",
                        equalTo(money("88.40")))
                .body("find { it.patientControlNumber == '" + c.patientControlNumber() + "' }.patientResponsibility",
                        equalTo(money("59.60")))
                .body("find { it.patientControlNumber == '" + c.patientControlNumber() + "' }.disposition",
                        equalTo("UNMATCHED"));
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(404);

        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), claimSubmitted(c));

        assertPartiallyDeniedPosting(awaitAdjudicated(c.claimId()), awaitDenial(c.claimId()), c);
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(200).body("status", equalTo("POSTED"))
                .body("lines.lineItemControlNumber", contains("1", "2"));
        given().get("/remittances/unmatched").then().statusCode(200)
                .body("patientControlNumber", not(hasItem(c.patientControlNumber())));
    }

    @Test
    void shouldRejectAnUnbalancedFileWholeWithTheFindingAndPostNothing() {
        TestClaim first = TestClaim.next();
        TestClaim second = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, first.claimId(), claimSubmitted(first));
        TestEvents.publish(Topics.CLAIM_SUBMITTED, second.claimId(), claimSubmitted(second));
        await().atMost(TIMEOUT).until(() -> claimRecorded(first.claimId()) && claimRecorded(second.claimId()));
        String trace = newTraceNumber();
        // BPR02 148.39 is not 88.40 + 60.00 (one cent short): each claim balances, the file is rejected whole
        byte[] unbalanced = x12(remittance(trace, money("148.39"), true, partiallyDenied(first), paid(second)));

        TestEvents.publish(Topics.EDI_FROM_PAYER, PAYER, interchange(unbalanced, "era-" + trace + ".835"));

        String fileId = await().atMost(TIMEOUT).until(() -> rejectedFileNamed("era-" + trace + ".835"),
                id -> id != null);
        given().get("/remittance-files/{fileId}", fileId).then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("errorCount", equalTo(1))
                .body("findings[0]", org.hamcrest.Matchers.containsString("835_BPR_BALANCE"))
                .body("findings[0]", org.hamcrest.Matchers.containsString("does not balance"))
                .body("transactions", org.hamcrest.Matchers.empty());
        // posting and its events would have committed with the file record: nothing was posted or announced
        for (TestClaim c : List.of(first, second)) {
            given().get("/remittances/{claimId}", c.claimId()).then().statusCode(404);
            assertThat(announced(Topics.CLAIM_ADJUDICATED, c.claimId())).isZero();
        }
    }

    @Test
    void shouldRejectAnUploadWithoutThePayerTechnicalContactAndPostNothing() {
        TestClaim c = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), claimSubmitted(c));
        await().atMost(TIMEOUT).until(() -> claimRecorded(c.claimId()));

        upload(x12(remittance(newTraceNumber(), money("60.00"), false, paid(c))), "no-per-bl.835").statusCode(422)
                .contentType("application/problem+json")
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("835_PAYER_TECHNICAL_CONTACT")));

        given().queryParam("status", "REJECTED").get("/remittance-files").then().statusCode(200)
                .body("find { it.fileName == 'no-per-bl.835' }.findings",
                        hasItem(org.hamcrest.Matchers.containsString("PER*BL")));
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(404);
        assertThat(announced(Topics.CLAIM_ADJUDICATED, c.claimId())).isZero();
    }

    @Test
    void shouldPostTheSameFileOnceWhenItArrivesTwice() {
        TestClaim c = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), claimSubmitted(c));
        await().atMost(TIMEOUT).until(() -> claimRecorded(c.claimId()));
        byte[] file = x12(remittance(newTraceNumber(), paid(c)));

        String fileId = upload(file, "twice.835").statusCode(202).extract().path("fileId");
        upload(file, "twice-again.835").statusCode(200).body("status", equalTo("DUPLICATE"))
                .body("duplicateOf", equalTo(fileId));
        TestEvents.publish(Topics.EDI_FROM_PAYER, PAYER, interchange(file, "twice-on-topic.835"));
        // a marker file behind it on the same partition (same key): once it is posted, the resent one was taken
        TestClaim marker = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, marker.claimId(), claimSubmitted(marker));
        await().atMost(TIMEOUT).until(() -> claimRecorded(marker.claimId()));
        TestEvents.publish(Topics.EDI_FROM_PAYER, PAYER, interchange(x12(remittance(newTraceNumber(), paid(marker))),
                "marker.835"));
        awaitAdjudicated(marker.claimId());

        assertThat(awaitAdjudicated(c.claimId()).getPaidAmount()).isEqualTo(money("60.00"));
        assertThat(announced(Topics.CLAIM_ADJUDICATED, c.claimId())).isEqualTo(1);
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(200)
                .body("duplicateRemittances", equalTo(0));
        given().get("/edi/files/{fileId}", fileId).then().statusCode(200).body("duplicates", equalTo(2));
    }

    @Test
    void shouldPostAClaimPaidAgainInAnother835AsASecondPayment() {
        TestClaim c = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), claimSubmitted(c));
        await().atMost(TIMEOUT).until(() -> claimRecorded(c.claimId()));
        upload(x12(remittance(newTraceNumber(), partiallyDenied(c))), "first.835").statusCode(202);
        awaitAdjudicated(c.claimId());

        // another payment (another TRN02) saying the same: not a duplicate, the payer paid twice (an overpayment)
        String second = upload(x12(remittance(newTraceNumber(), partiallyDenied(c))), "second.835").statusCode(202)
                .extract().path("fileId");

        given().get("/remittance-files/{fileId}", second).then().statusCode(200)
                .body("transactions[0].claimPayments[0].disposition", equalTo("POSTED"))
                .body("transactions[0].claimPayments[0].claimId", equalTo(c.claimId()));
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(200)
                .body("duplicateRemittances", equalTo(0)).body("postingCount", equalTo(2))
                .body("paidAmount", equalTo(money("176.80"))).body("patientResponsibility", equalTo(money("119.20")));
        assertThat(announced(Topics.CLAIM_ADJUDICATED, c.claimId())).isEqualTo(2);
        assertThat(announced(Topics.DENIAL_RAISED, c.claimId())).isEqualTo(2);
    }

    @Test
    void shouldPostEveryTransactionSetOfAFile() {
        TestClaim a = TestClaim.next();
        TestClaim b = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, a.claimId(), claimSubmitted(a));
        TestEvents.publish(Topics.CLAIM_SUBMITTED, b.claimId(), claimSubmitted(b));
        await().atMost(TIMEOUT).until(() -> claimRecorded(a.claimId()) && claimRecorded(b.claimId()));

        String fileId = upload(x12(remittance(newTraceNumber(), paid(a)),
                remittance(newTraceNumber(), partiallyDenied(b))), "two-sets.835").statusCode(202)
                .extract().path("fileId");

        assertThat(awaitAdjudicated(a.claimId()).getOutcome()).isEqualTo("PAID");
        assertPartiallyDeniedPosting(awaitAdjudicated(b.claimId()), awaitDenial(b.claimId()), b);
        given().get("/remittance-files/{fileId}", fileId).then().statusCode(200)
                .body("transactionCount", equalTo(2)).body("claimCount", equalTo(2))
                .body("transactions.paymentAmount", contains(money("60.00"), money("88.40")))
                .body("transactions.controlNumber", contains(org.hamcrest.Matchers.notNullValue(),
                        org.hamcrest.Matchers.notNullValue()));
    }

    @Test
    void shouldMatchLinesByPositionAndProcedureWhenTheLineItemControlNumberIsAbsent() {
        TestClaim c = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), claimSubmitted(c));
        await().atMost(TIMEOUT).until(() -> claimRecorded(c.claimId()));
        // the payer lists the lines in another order and echoes no REF*6R
        var clp = RemittanceFixtures.clp(c, "1", "260.00", "88.40", "59.60",
                RemittanceFixtures.svc("81002", null, "75.00", "0.00", "0.00", List.of("N115"),
                        RemittanceFixtures.cas("CO", "50", "75.00")),
                RemittanceFixtures.svc("99213", null, "185.00", "148.00", "88.40", List.of(),
                        RemittanceFixtures.cas("CO", "45", "37.00"),
                        RemittanceFixtures.cas("PR", "1", "30.00", "3", "25.00", "2", "4.60")));

        upload(x12(remittance(newTraceNumber(), clp)), "no-6r.835").statusCode(202);

        assertPartiallyDeniedPosting(awaitAdjudicated(c.claimId()), awaitDenial(c.claimId()), c);
    }

    @Test
    void shouldPostOnceWhenClaimsAreRedelivered() {
        TestClaim c = TestClaim.next();
        ClaimSubmitted claim = claimSubmitted(c);
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), claim);
        upload(x12(remittance(newTraceNumber(), partiallyDenied(c))), "redelivery.835").statusCode(202);
        awaitAdjudicated(c.claimId());

        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), claim);
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), ClaimSubmitted.newBuilder(claim)
                .setEventId(java.util.UUID.randomUUID()).build());
        // a marker claim on the same partition (same key): once it is recorded, the redeliveries were consumed
        TestClaim marker = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), claimSubmitted(marker));
        await().atMost(TIMEOUT).until(() -> claimRecorded(marker.claimId()));

        assertThat(announced(Topics.CLAIM_ADJUDICATED, c.claimId())).isEqualTo(1);
        assertThat(announced(Topics.DENIAL_RAISED, c.claimId())).isEqualTo(1);
    }

    @Test
    void shouldDeadLetterUndecodableRecordsAndKeepConsuming() {
        TestClaim c = TestClaim.next();
        TestEvents.publishRaw(Topics.CLAIM_SUBMITTED, c.claimId(), "not avro".getBytes(StandardCharsets.UTF_8));
        TestEvents.publishRaw(Topics.EDI_FROM_PAYER, c.claimId(), "not avro".getBytes(StandardCharsets.UTF_8));
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), claimSubmitted(c));
        TestEvents.publish(Topics.EDI_FROM_PAYER, c.claimId(), interchange(x12(remittance(newTraceNumber(),
                partiallyDenied(c))), "after-garbage.835"));

        for (String topic : List.of(Topics.CLAIM_SUBMITTED, Topics.EDI_FROM_PAYER)) {
            ConsumerRecord<String, byte[]> letter = awaitDeadLetter(topic, c.claimId());
            assertThat(letter.value()).isEqualTo("not avro".getBytes(StandardCharsets.UTF_8));
            assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_REASON)).isNotBlank();
            assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_CONSUMER))
                    .isEqualTo("remittance-service." + topic);
        }
        assertThat(awaitAdjudicated(c.claimId()).getOutcome()).isEqualTo("PARTIALLY_DENIED");
    }

    @Test
    void shouldSummarizePostingsAndWaitingHalves() {
        Map<String, Object> before = summary();
        TestClaim paid = TestClaim.next();
        TestClaim paymentOnly = TestClaim.next();
        TestClaim claimOnly = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, paid.claimId(), claimSubmitted(paid));
        TestEvents.publish(Topics.CLAIM_SUBMITTED, claimOnly.claimId(), claimSubmitted(claimOnly));
        await().atMost(TIMEOUT).until(() -> claimRecorded(paid.claimId()) && claimRecorded(claimOnly.claimId()));
        upload(x12(remittance(newTraceNumber(), paid(paid), partiallyDenied(paymentOnly))), "summary.835")
                .statusCode(202);

        assertThat(awaitAdjudicated(paid.claimId()).getOutcome()).isEqualTo("PAID");
        Map<String, Object> after = summary();
        assertThat(delta(before, after, "posted")).isEqualTo(money("1"));
        assertThat(delta(before, after, "paid")).isEqualTo(money("60.00"));
        assertThat(delta(before, after, "allowed")).isEqualTo(money("80.00"));
        assertThat(delta(before, after, "patientResponsibility")).isEqualTo(money("20.00"));
        assertThat(delta(before, after, "contractualAdjustment")).isEqualTo(money("20.00"));
        assertThat(delta(before, after, "denied")).isEqualTo(money("0.00"));
        assertThat(delta(before, after, "awaitingClaim")).isEqualTo(money("1"));
        assertThat(delta(before, after, "awaitingRemittance")).isEqualTo(money("1"));
        assertThat(byOutcome(after, "PAID").subtract(byOutcome(before, "PAID"))).isEqualTo(money("1"));

        given().queryParam("outcome", "PAID").get("/remittances").then().statusCode(200)
                .body("claimId", hasItem(paid.claimId())).body("outcome", not(hasItem("PARTIALLY_DENIED")));
    }

    @Test
    void shouldAnswerProblemsForUnknownClaimsFilesAndBadFilters() {
        given().get("/remittances/{claimId}", "CLM-does-not-exist").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("Remittance for claim CLM-does-not-exist does not exist"));
        given().queryParam("outcome", "MAYBE").get("/remittances").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
        given().queryParam("status", "MAYBE").get("/remittance-files").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/remittance-files/{fileId}", "IN-nope").then().statusCode(404)
                .contentType("application/problem+json");
    }

    static ValidatableResponse upload(byte[] file, String fileName) {
        return given().contentType("application/edi-x12").queryParam("fileName", fileName).body(file)
                .post("/edi/files").then();
    }

    static void assertPartiallyDeniedPosting(ClaimAdjudicated adjudicated, DenialRaised denial, TestClaim c) {
        assertThat(adjudicated.getEncounterId()).isEqualTo(c.encounterId());
        assertThat(adjudicated.getPatientId()).isEqualTo("PAT-" + c.encounterId());
        assertThat(adjudicated.getPayerId()).isEqualTo(PAYER);
        assertThat(adjudicated.getOutcome()).isEqualTo("PARTIALLY_DENIED");
        assertThat(adjudicated.getTotalCharge()).isEqualTo(money("260.00"));
        assertThat(adjudicated.getAllowedAmount()).isEqualTo(money("148.00"));
        assertThat(adjudicated.getPaidAmount()).isEqualTo(money("88.40"));
        assertThat(adjudicated.getPatientResponsibility()).isEqualTo(money("59.60"));
        assertThat(adjudicated.getContractualAdjustment()).isEqualTo(money("37.00"));
        assertThat(adjudicated.getDeniedAmount()).isEqualTo(money("75.00"));
        // the claim's date of service and rendering provider travel on for the patient's statement
        assertThat(adjudicated.getDateOfService()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(adjudicated.getRenderingProviderNpi()).isEqualTo("1245319599");
        assertThat(adjudicated.getPatientResponsibilityLines())
                .extracting(PatientShare::getLineNumber, PatientShare::getProcedureCode, PatientShare::getReasonCode,
                        PatientShare::getAmount)
                .containsExactly(tuple(1, "99213", "1", money("30.00")), tuple(1, "99213", "3", money("25.00")),
                        tuple(1, "99213", "2", money("4.60")));
        // what this 835 said per line, for the next payer's 837 (2430 SVD/CAS); a primary claim with no payer after it
        assertThat(adjudicated.getPayerResponsibility()).isEqualTo("P");
        assertThat(adjudicated.getNextPayerPending()).isFalse();
        assertThat(adjudicated.getPosting().getClaimAdjustments()).isEmpty();
        assertThat(adjudicated.getPosting().getLines())
                .extracting(PostedLine::getLineNumber, PostedLine::getProcedureCode, PostedLine::getChargeAmount,
                        PostedLine::getPaidAmount)
                .containsExactly(tuple(1, "99213", money("185.00"), money("88.40")),
                        tuple(2, "81002", money("75.00"), money("0.00")));
        assertThat(adjudicated.getPosting().getLines().get(0).getAdjustments())
                .extracting(PostedAdjustment::getGroupCode, PostedAdjustment::getReasonCode, PostedAdjustment::getAmount)
                .containsExactly(tuple("CO", "45", money("37.00")), tuple("PR", "1", money("30.00")),
                        tuple("PR", "3", money("25.00")), tuple("PR", "2", money("4.60")));
        assertThat(adjudicated.getPosting().getLines().get(1).getAdjustments())
                .extracting(PostedAdjustment::getGroupCode, PostedAdjustment::getReasonCode, PostedAdjustment::getAmount)
                .containsExactly(tuple("CO", "50", money("75.00")));

        assertThat(denial.getWholeClaim()).isFalse();
        assertThat(denial.getPatientId()).isEqualTo("PAT-" + c.encounterId());
        assertThat(denial.getDeniedAmount()).isEqualTo(money("75.00"));
        assertThat(denial.getDenials())
                .extracting(DeniedLine::getLineNumber, DeniedLine::getProcedureCode, DeniedLine::getGroupCode,
                        DeniedLine::getReasonCode, DeniedLine::getRemarkCodes, DeniedLine::getAmount)
                .containsExactly(tuple(2, "81002", "CO", "50", List.of("N115"), money("75.00")));
        // classified by the shipped rules: SYNPAYER1's own rule for CO-50 with an LCD remark, its 60-day window
        assertThat(denial.getDenials()).extracting(DeniedLine::getCategory, DeniedLine::getOwningDepartment,
                DeniedLine::getAvoidable, DeniedLine::getRuleId)
                .containsExactly(tuple("MEDICAL_NECESSITY", "CDI", true, "synpayer1-lcd-coding"));
        assertThat(denial.getCategory()).isEqualTo("MEDICAL_NECESSITY");
        assertThat(denial.getOwningDepartment()).isEqualTo("CDI");
        assertThat(denial.getAvoidable()).isTrue();
        assertThat(denial.getNextAction()).startsWith("SYNPAYER1 reconsiders LCD denials");
        assertThat(denial.getRulesVersion()).isEqualTo("2026.12-2");
        LocalDate posted = LocalDate.ofInstant(denial.getOccurredAt(), ZoneOffset.UTC);
        // 60 days from the day the 835 came in (at most a moment before the posting)
        assertThat(denial.getAppealDeadline()).isBetween(posted.plusDays(59), posted.plusDays(60));
    }

    static ClaimAdjudicated awaitAdjudicated(String claimId) {
        return TestEvents.awaitEvent(Topics.CLAIM_ADJUDICATED, ClaimAdjudicated.class,
                e -> e.getClaimId().equals(claimId), TIMEOUT);
    }

    private static DenialRaised awaitDenial(String claimId) {
        return TestEvents.awaitEvent(Topics.DENIAL_RAISED, DenialRaised.class, e -> e.getClaimId().equals(claimId),
                TIMEOUT);
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String topic, String key) {
        List<ConsumerRecord<String, byte[]>> letters = TestEvents.readRaw(Topics.deadLetterOf(topic), TIMEOUT,
                rs -> rs.stream().anyMatch(r -> key.equals(r.key())));
        return letters.stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no dead letter with key " + key + " on " + topic));
    }

    static boolean claimRecorded(String claimId) {
        return QuarkusTransaction.requiringNew().call(() -> ClaimMatch.<ClaimMatch>findByIdOptional(claimId)
                .map(ClaimMatch::claimReceived).orElse(false));
    }

    private String rejectedFileNamed(String fileName) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select f.fileId from RemittanceFile f where f.fileName = :n and f.status = "
                        + "io.revcycle.remittance.domain.RemittanceFile.Status.REJECTED", String.class)
                .setParameter("n", fileName).getResultStream().findFirst().orElse(null));
    }

    /** Events written to the outbox for a claim: what the service announced, however often Kafka delivers it. */
    long announced(String topic, String claimId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_message where topic = :t and message_key = :k")
                .setParameter("t", topic).setParameter("k", claimId).getSingleResult()).longValue());
    }

    private static Map<String, Object> summary() {
        return given().get("/remittances/summary").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    private static BigDecimal delta(Map<String, Object> before, Map<String, Object> after, String key) {
        return number(after.get(key)).subtract(number(before.get(key)));
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal byOutcome(Map<String, Object> summary, String outcome) {
        return number(((Map<String, Object>) summary.get("byOutcome")).get(outcome));
    }

    /** Counts come back as integers, amounts as BigDecimal (see exactNumbers). */
    private static BigDecimal number(Object value) {
        return new BigDecimal(value.toString());
    }
}
