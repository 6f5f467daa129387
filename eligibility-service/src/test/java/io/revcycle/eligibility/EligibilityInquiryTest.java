package io.revcycle.eligibility;

import static io.restassured.RestAssured.given;
import static io.revcycle.eligibility.TestData.coverage;
import static io.revcycle.eligibility.TestData.createCoverage;
import static io.revcycle.eligibility.TestData.encounter;
import static io.revcycle.eligibility.TestData.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.revcycle.edi.EdiInspector;
import io.revcycle.events.EdiInterchange;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;
import io.revcycle.testsupport.X12IntakeSweep;
import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.eligibility.Benefit;
import io.revcycle.x12.eligibility.EligibilityInquiry270;
import io.revcycle.x12.eligibility.EligibilityResponse271;
import io.revcycle.x12.eligibility.EntityName;
import io.revcycle.x12.eligibility.Member270;
import io.revcycle.x12.eligibility.Member271;
import io.revcycle.x12.eligibility.Receiver271;
import io.revcycle.x12.eligibility.Rejection;
import io.revcycle.x12.eligibility.Source271;
import io.revcycle.x12.eligibility.Subscriber271;
import io.revcycle.x12.eligibility.Trace;
import io.revcycle.x12.fuzz.MalformedX12;
import io.revcycle.x12.model.Delimiters;

/**
 * 270 out and 271 in through the real broker: the test plays the payer on the gateway's topics (the payer
 * simulator's own answers are tested in payer-simulator), reading the service's 270 bytes and answering 271 bytes.
 */
@QuarkusTest
@TestSecurity(user = "registration-1", roles = { Roles.REGISTRATION, Roles.BILLING_MANAGER, Roles.INTEGRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "eligibility"))
class EligibilityInquiryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(40);
    private static final LocalDate DOS = LocalDate.of(2026, 3, 15);

    @Inject
    DataSource db;

    @BeforeEach
    void exactNumbers() {
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void shouldAskThePayerAndPublishThe271sBenefitsNotTheFilesOnes() {
        String payer = realTimePayer();
        String patientId = id("PAT");
        String memberId = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String coverageId = createCoverage(coverageAt(payer, patientId, memberId));
        String encounterId = id("ENC");

        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId, encounterAt(payer, encounterId, patientId, memberId));

        Member270 asked = await270(payer, memberId);
        assertThat(asked.dates()).singleElement().satisfies(d -> assertThat(d.start()).isEqualTo(DOS));
        assertThat(asked.inquiries().get(0).serviceTypes()).containsExactly("30");
        answer(payer, active(asked, "35.00", "0.10", "80.00"));

        EligibilityVerified verified = awaitVerified(encounterId);
        assertThat(verified.getCoverageActive()).isTrue();
        assertThat(verified.getCoverageId()).isEqualTo(coverageId);
        assertThat(verified.getPlanName()).isEqualTo("SYNTHETIC PPO 500");
        assertThat(verified.getCopay()).isEqualTo(new BigDecimal("35.00"));
        assertThat(verified.getCoinsurancePercent()).isEqualTo(new BigDecimal("10.00"));
        assertThat(verified.getDeductibleRemaining()).isEqualTo(new BigDecimal("80.00"));
        given().when().get("/eligibility-checks/" + encounterId)
                .then().statusCode(200)
                .body("source", equalTo("PAYER_271"))
                .body("result", equalTo("ACTIVE"))
                .body("outOfPocketRemaining", equalTo(new BigDecimal("2400.00")))
                .body("benefits", hasSize(4))
                .body("benefits.find { it.kind == 'DEDUCTIBLE' }.timePeriod", equalTo("29"))
                .body("benefits.find { it.kind == 'COPAY' }.network", equalTo("IN"));
    }

    /**
     * The X12 bad-input sweep of the 271 intake (issue 19): every malformed copy (truncated, wrong delimiters, counts
     * and control numbers off, bad dates and amounts, a segment missing, an unknown transaction set) of the 271 that
     * answers a check is refused through the gateway's upload: a 422 naming the rejected edi_file, no answer taken
     * and no event. The check has ended unverified first (a late 271 still answers it), so nothing else moves it.
     */
    @Test
    void shouldRefuseEveryMalformed271AndTakeOnlyTheValidOne() {
        String payer = realTimePayer();
        String patientId = id("PAT");
        String memberId = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        createCoverage(coverageAt(payer, patientId, memberId));
        String encounterId = id("ENC");
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId,
                encounterAt(payer, encounterId, patientId, memberId));
        byte[] valid = response271(payer, active(await270(payer, memberId), "35.00", "0.10", "80.00"));
        await().atMost(TIMEOUT).until(() -> "UNVERIFIED".equals(
                given().get("/eligibility-checks/" + encounterId).then().extract().path("result")));

        X12IntakeSweep.Result result = X12IntakeSweep.run(db, Set.of(), MalformedX12.mutants(valid, 271), o -> null);

        System.out.printf("EligibilityInquiryTest 271 sweep: %d mutants in %d ms%n", result.mutants(),
                result.millis());
        assertThat(result.failures()).as("mutants not refused cleanly").isEmpty();
        assertThat(result.mutants()).isGreaterThanOrEqualTo(50);
        given().contentType("application/edi-x12").body(valid).post("/edi/files").then().statusCode(202);
        await().atMost(TIMEOUT).until(() -> "PAYER_271".equals(
                given().get("/eligibility-checks/" + encounterId).then().extract().path("source")));
        given().get("/eligibility-checks/" + encounterId).then().statusCode(200).body("result", equalTo("ACTIVE"));
    }

    @Test
    void shouldAskThePayerWhenAnHl7RegistrationWithoutBenefitsCoversAnEncounterCheckedBefore() {
        String payer = realTimePayer();
        String patientId = id("PAT");
        String memberId = "MEM-" + patientId; // IN1-36 of the registration
        String encounterId = id("ENC");
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId,
                encounterAt(payer, encounterId, patientId, memberId));
        assertThat(awaitVerified(encounterId).getCoverageActive()).isFalse(); // nothing on file yet

        // IN1 carries no copay, coinsurance or deductible: the re-check asks the payer instead of publishing the
        // file's unknown benefits
        String ack = AdtRegistrationTest.postHttp(AdtRegistrationTest.a04(id("C"), patientId, "2.5.1", payer));
        assertThat(ack).contains("MSA|AA|");
        Member270 asked = await270(payer, memberId);
        assertThat(asked.dates()).singleElement().satisfies(d -> assertThat(d.start()).isEqualTo(DOS));
        answer(payer, active(asked, "35.00", "0.10", "80.00"));

        List<EligibilityVerified> both = TestEvents.awaitEvents(Topics.ELIGIBILITY_VERIFIED,
                EligibilityVerified.class, e -> e.getEncounterId().equals(encounterId), 2, TIMEOUT);
        EligibilityVerified verified = both.get(1);
        assertThat(verified.getCoverageActive()).isTrue();
        assertThat(verified.getPlanName()).isEqualTo("SYNTHETIC PPO 500");
        assertThat(verified.getCopay()).isEqualTo(new BigDecimal("35.00"));
        assertThat(verified.getCoinsurancePercent()).isEqualTo(new BigDecimal("10.00"));
        assertThat(verified.getDeductibleRemaining()).isEqualTo(new BigDecimal("80.00"));
        String checkId = given().when().get("/eligibility-checks/" + encounterId)
                .then().statusCode(200)
                .body("source", equalTo("PAYER_271"))
                .body("result", equalTo("ACTIVE"))
                .extract().path("checkId");
        // the 271's benefits, by hand: line 1 185.00: deductible 80.00, copay 35.00, 10 % of 70.00 = 7.00;
        // line 2 15.00: 10 % = 1.50 -> patient 123.50, payer 76.50
        estimateOfTwoLines(checkId).statusCode(200)
                .body("deductible", equalTo(new BigDecimal("80.00")))
                .body("copay", equalTo(new BigDecimal("35.00")))
                .body("coinsurance", equalTo(new BigDecimal("8.50")))
                .body("patientShare", equalTo(new BigDecimal("123.50")))
                .body("expectedPayerPayment", equalTo(new BigDecimal("76.50")));
    }

    @Test
    void shouldEndInactiveOrRejectedAnswersWithTheirReasonAndNoAnswerAsUnverified() {
        String payer = realTimePayer();
        Map<String, String> expected = new HashMap<>();
        Map<String, String> members = new HashMap<>();
        for (String outcome : List.of("INACTIVE", "72", "75", "42", "SILENT")) {
            String patientId = id("PAT");
            String memberId = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            createCoverage(coverageAt(payer, patientId, memberId));
            String encounterId = id("ENC");
            TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId,
                    encounterAt(payer, encounterId, patientId, memberId));
            members.put(outcome, memberId);
            expected.put(encounterId, switch (outcome) {
                case "INACTIVE" -> "PAYER_REPORTED_INACTIVE";
                case "72" -> "INVALID_MEMBER_ID";
                case "75" -> "SUBSCRIBER_NOT_FOUND";
                default -> "UNVERIFIED";
            });
        }
        Map<String, Member270> asked = await270s(payer, 5);
        answer(payer, inactive(asked.get(members.get("INACTIVE"))));
        for (String code : List.of("72", "75", "42")) {
            answer(payer, rejected(asked.get(members.get(code)), code));
        }
        // SILENT: its 270 was sent and is never answered

        List<EligibilityVerified> verified = TestEvents.awaitEvents(Topics.ELIGIBILITY_VERIFIED,
                EligibilityVerified.class, e -> expected.containsKey(e.getEncounterId()), expected.size(), TIMEOUT);
        assertThat(verified).hasSize(expected.size()).allSatisfy(v -> {
            assertThat(v.getCoverageActive()).isFalse();
            assertThat(v.getInactiveReason()).isEqualTo(expected.get(v.getEncounterId()));
            assertThat(v.getCopay()).isEqualTo(new BigDecimal("0.00"));
        });
        given().when().get("/eligibility-checks/" + expected.entrySet().stream()
                .filter(e -> e.getValue().equals("INVALID_MEMBER_ID")).findFirst().orElseThrow().getKey())
                .then().statusCode(200).body("result", equalTo("INACTIVE")).body("rejectionCode", equalTo("72"));
    }

    @Test
    void shouldAnswerARealTimeCheckWithinTheRequestAndServeTheSecondFromTheCache() {
        String payer = realTimePayer();
        String memberId = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = Map.of("patientId", id("PAT"), "payerId", payer, "memberId", memberId,
                "dateOfService", DOS.toString(), "serviceType", "98", "lastName", "TESTPATIENT", "firstName",
                "ALPHA", "birthDate", "1980-01-01", "gender", "F");
        CompletableFuture<Void> payerSide = CompletableFuture.runAsync(
                () -> answer(payer, active(await270(payer, memberId), "20.00", "0.20", "150.00")));

        given().contentType(ContentType.JSON).body(body)
                .when().post("/eligibility/checks")
                .then().statusCode(200)
                .body("result", equalTo("ACTIVE"))
                .body("source", equalTo("PAYER_271"))
                .body("serviceType", equalTo("98"))
                .body("copay", equalTo(new BigDecimal("20.00")))
                .body("encounterId", org.hamcrest.Matchers.nullValue());
        payerSide.join();

        String cached = given().contentType(ContentType.JSON).body(body)
                .when().post("/eligibility/checks")
                .then().statusCode(200)
                .body("source", equalTo("CACHED_271"))
                .body("copay", equalTo(new BigDecimal("20.00")))
                .extract().path("checkId");
        given().when().get("/eligibility/checks/" + cached).then().statusCode(200).body("benefits", hasSize(4));

        // 185.00 + 15.00 with copay 20.00, 20 %, deductible left 150.00 (hand-computed in PatientEstimateTest's way):
        // line 1: 150.00 deductible, 20.00 copay, 20 % of 15.00 = 3.00; line 2: 20 % of 15.00 = 3.00 -> 176.00
        estimateOfTwoLines(cached).statusCode(200)
                .body("deductible", equalTo(new BigDecimal("150.00")))
                .body("copay", equalTo(new BigDecimal("20.00")))
                .body("coinsurance", equalTo(new BigDecimal("6.00")))
                .body("patientShare", equalTo(new BigDecimal("176.00")))
                .body("expectedPayerPayment", equalTo(new BigDecimal("24.00")));
    }

    @Test
    void shouldAnswerPendingThenUnverifiedWhenThePayerIsSilentAndRefuseOfflinePayers() {
        String payer = realTimePayer();
        Map<String, Object> body = Map.of("patientId", id("PAT"), "payerId", payer, "memberId", "SILENT01",
                "dateOfService", DOS.toString());

        String checkId = given().contentType(ContentType.JSON).body(body)
                .when().post("/eligibility/checks")
                .then().statusCode(202)
                .body("result", equalTo("PENDING"))
                .extract().path("checkId");
        org.awaitility.Awaitility.await().atMost(TIMEOUT).untilAsserted(() -> given().when()
                .get("/eligibility/checks/" + checkId).then().statusCode(200)
                .body("result", equalTo("UNVERIFIED")).body("coverageActive", equalTo(false)));

        given().contentType(ContentType.JSON).body(Map.of("lines", List.of(Map.of("charge", "10.00"))))
                .when().post("/eligibility/checks/" + checkId + "/estimate")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("lines", List.of()))
                .when().post("/eligibility/checks/" + checkId + "/estimate")
                .then().statusCode(400).contentType("application/problem+json");

        given().contentType(ContentType.JSON).body(Map.of("patientId", "PAT-1", "payerId", "SYNPAYER1",
                "memberId", "SYN1", "dateOfService", DOS.toString()))
                .when().post("/eligibility/checks")
                .then().statusCode(422).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("payerId", "SYNPAYER1"))
                .when().post("/eligibility/checks")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldReverifyAtThePayerBypassingTheCacheWhenClaimsAsksAndCheckOnceForARepeatedRequest() {
        String payer = realTimePayer();
        String patientId = id("PAT");
        String memberId = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        createCoverage(coverageAt(payer, patientId, memberId));
        String encounterId = id("ENC");
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId, encounterAt(payer, encounterId, patientId, memberId));
        answer(payer, active(await270(payer, memberId), "35.00", "0.10", "80.00"));
        EligibilityVerified first = awaitVerified(encounterId);
        String firstCheck = given().when().get("/eligibility-checks/" + encounterId).then().statusCode(200)
                .extract().path("checkId");

        // claims-service holds the claim: its check is too old; the 271 just answered would be in the cache
        TestEvents.publish(Topics.ELIGIBILITY_REVERIFICATION_REQUESTED, encounterId,
                reverification(encounterId, first.getOccurredAt(), "1234567893"));

        List<EdiInterchange> asked = TestEvents.awaitEvents(Topics.EDI_TO_PAYER, EdiInterchange.class,
                e -> e.getReceiverId().equals(payer) && text(e).contains("*MI*" + memberId + "~"), 2, TIMEOUT);
        assertThat(asked).hasSize(2);
        assertThat(text(asked.get(1))).as("the claim's billing provider asks").contains("*XX*1234567893~");
        answer(payer, inactive(member270(asked.get(1))));

        EligibilityVerified fresh = TestEvents.awaitEvent(Topics.ELIGIBILITY_VERIFIED, EligibilityVerified.class,
                e -> e.getEncounterId().equals(encounterId) && !e.getEventId().equals(first.getEventId()), TIMEOUT);
        assertThat(fresh.getCoverageActive()).isFalse();
        assertThat(fresh.getInactiveReason()).isEqualTo("PAYER_REPORTED_INACTIVE");
        assertThat(fresh.getOccurredAt()).isAfter(first.getOccurredAt());
        given().when().get("/eligibility-checks/" + encounterId).then().statusCode(200)
                .body("result", equalTo("INACTIVE")).body("source", equalTo("PAYER_271"))
                .body("checkId", org.hamcrest.Matchers.not(equalTo(firstCheck)));
        given().when().get("/eligibility/checks/" + firstCheck).then().statusCode(200)
                .body("result", equalTo("ACTIVE"));

        // the same request again (a new event id): the fresh check already answers it; then one for an encounter
        // never checked, on the same partition, which is dead-lettered after it
        TestEvents.publish(Topics.ELIGIBILITY_REVERIFICATION_REQUESTED, encounterId,
                reverification(encounterId, first.getOccurredAt(), null));
        String unknown = encounterOnSamePartition(encounterId);
        TestEvents.publish(Topics.ELIGIBILITY_REVERIFICATION_REQUESTED, unknown,
                reverification(unknown, Instant.now(), null));
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> letters = TestEvents.readRaw(
                Topics.deadLetterOf(Topics.ELIGIBILITY_REVERIFICATION_REQUESTED), TIMEOUT,
                rs -> rs.stream().anyMatch(r -> unknown.equals(r.key())));
        assertThat(new String(letters.stream().filter(r -> unknown.equals(r.key())).findFirst().orElseThrow()
                .headers().lastHeader(io.revcycle.messaging.EventHeaders.DLQ_REASON).value(), StandardCharsets.UTF_8))
                .contains("never checked");
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> io.revcycle.eligibility.domain.EligibilityCheck.count("encounterId", encounterId)))
                .as("the first check, superseded, and the fresh one").isEqualTo(2L);
    }

    @Test
    void shouldReverifyAgainstTheCoveragesOnFileForAPayerThatTakesNoInquiries() {
        String patientId = id("PAT");
        String memberId = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        createCoverage(coverage(patientId, memberId, "2026-01-01", null));
        String encounterId = id("ENC");
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId, encounter(encounterId, patientId, memberId, DOS));
        EligibilityVerified first = awaitVerified(encounterId);

        TestEvents.publish(Topics.ELIGIBILITY_REVERIFICATION_REQUESTED, encounterId,
                reverification(encounterId, first.getOccurredAt(), null));

        EligibilityVerified fresh = TestEvents.awaitEvent(Topics.ELIGIBILITY_VERIFIED, EligibilityVerified.class,
                e -> e.getEncounterId().equals(encounterId) && !e.getEventId().equals(first.getEventId()), TIMEOUT);
        assertThat(fresh.getCoverageActive()).isTrue();
        assertThat(fresh.getCoverageId()).isEqualTo(first.getCoverageId());
        assertThat(fresh.getCopay()).isEqualTo(first.getCopay());
        given().when().get("/eligibility-checks/" + encounterId).then().statusCode(200)
                .body("source", equalTo("ON_FILE")).body("result", equalTo("ACTIVE"));
    }

    private static io.revcycle.events.EligibilityReverificationRequested reverification(String encounterId,
            Instant lastCheckedAt, String npi) {
        return io.revcycle.events.EligibilityReverificationRequested.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now()).setEncounterId(encounterId).setClaimId("CLM-" + encounterId)
                .setPatientId("PAT-1").setPayerId("SYNPAYER1").setDateOfService(DOS).setLastCheckedAt(lastCheckedAt)
                .setMaxAgeDays(30).setBillingProviderNpi(npi).build();
    }

    /** Messaging's default provisioning: 3 partitions per topic, keyed by the Kafka default partitioner. */
    private static String encounterOnSamePartition(String key) {
        int target = partition(key);
        while (true) {
            String candidate = id("ENC");
            if (partition(candidate) == target) {
                return candidate;
            }
        }
    }

    private static int partition(String key) {
        return org.apache.kafka.common.utils.Utils.toPositive(
                org.apache.kafka.common.utils.Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % 3;
    }

    // ---- the payer's side

    private static String realTimePayer() {
        String payer = "RT" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("name", "REAL TIME MUTUAL", "interchangeId", payer,
                "gatewayRoute", "EDI_GATEWAY", "realTimeEligibility", true, "claimFilingIndicator", "CI",
                "timelyFilingDays", 90, "appealWindowDays", 60, "followUpDays", 30, "acknowledgeOnly", false))
                .when().put("/payers/" + payer).then().statusCode(201);
        return payer;
    }

    private static Map<String, Object> coverageAt(String payer, String patientId, String memberId) {
        Map<String, Object> c = coverage(patientId, memberId, "2026-01-01", null);
        c.put("payerId", payer);
        return c;
    }

    private static io.revcycle.events.EncounterDocumented encounterAt(String payer, String encounterId,
            String patientId, String memberId) {
        io.revcycle.events.EncounterDocumented e = encounter(encounterId, patientId, memberId, DOS);
        e.setPayerId(payer);
        return e;
    }

    /** The 270s sent to the payer by member id, read from the to-payer topic and validated. */
    private static Map<String, Member270> await270s(String payer, int count) {
        Map<String, Member270> byMember = new HashMap<>();
        for (EdiInterchange file : TestEvents.awaitEvents(Topics.EDI_TO_PAYER, EdiInterchange.class,
                e -> e.getReceiverId().equals(payer), count, TIMEOUT)) {
            Member270 m = member270(file);
            byMember.put(m.name().id(), m);
        }
        return byMember;
    }

    /** The 270 about this member, read from the to-payer topic and validated. */
    private static Member270 await270(String payer, String memberId) {
        return member270(TestEvents.awaitEvent(Topics.EDI_TO_PAYER, EdiInterchange.class,
                e -> e.getReceiverId().equals(payer) && text(e).contains("*MI*" + memberId + "~"), TIMEOUT));
    }

    private static Member270 member270(EdiInterchange file) {
        byte[] bytes = text(file).getBytes(StandardCharsets.US_ASCII);
        assertThat(X12Toolkit.validate(bytes)).isEmpty();
        assertThat(file.getDocumentTypes()).containsExactly("270");
        EligibilityInquiry270 inquiry = X12Toolkit.readTyped(bytes, EligibilityInquiry270.class).values().get(0);
        return inquiry.sources().get(0).receivers().get(0).subscribers().get(0).subscriber();
    }

    private static void answer(String payer, Member271 member) {
        byte[] bytes = response271(payer, member);
        TestEvents.publish(Topics.EDI_FROM_PAYER, payer, EdiInterchange.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now()).setFileId("TEST-" + UUID.randomUUID()).setFileName("answer.271")
                .setSenderId(payer).setReceiverId("RCELIGIBILITY").setInterchangeControlNumber("000000001")
                .setDocumentTypes(List.of("271")).setSha256(EdiInspector.sha256(bytes)).setOrigin("SERVICE")
                .setContent(ByteBuffer.wrap(bytes)).build());
    }

    /** The payer's 271 file answering one member, validated. */
    private static byte[] response271(String payer, Member271 member) {
        EligibilityResponse271 response = new EligibilityResponse271("11", "ANSWER", DOS, "1200", List.of(
                new Source271(List.of(), EntityName.organization("PR", "REAL TIME MUTUAL", "PI", payer), List.of(),
                        List.of(), List.of(new Receiver271(EntityName.organization("1P", "REVCYCLE COMMUNITY HOSPITAL",
                                "XX", "1555555550"), List.of(), null, List.of(), null,
                                List.of(new Subscriber271(member, List.of())))))));
        byte[] bytes = X12Toolkit.writeTyped(List.of(response), Envelope.of(payer, "RCELIGIBILITY"),
                ControlNumbers.startingAt(Math.abs(UUID.randomUUID().getLeastSignificantBits() % 999_999_999L) + 1),
                Delimiters.DEFAULT);
        assertThat(X12Toolkit.validate(bytes)).isEmpty();
        return bytes;
    }

    private static Member271 active(Member270 asked, String copay, String coinsurance, String deductibleRemaining) {
        List<String> plan = List.of("30");
        return member(asked, List.of(), List.of(
                Benefit.of("1", "IND", plan, null, "SYNTHETIC PPO 500"),
                eb("B", "27", plan, new BigDecimal(copay), null),
                eb("A", "23", plan, null, new BigDecimal(coinsurance)),
                eb("C", "29", plan, new BigDecimal(deductibleRemaining), null),
                eb("G", "29", plan, new BigDecimal("2400.00"), null)));
    }

    private static Member271 inactive(Member270 asked) {
        return member(asked, List.of(), List.of(Benefit.of("6", "IND", List.of("30"), null, null)));
    }

    private static Member271 rejected(Member270 asked, String code) {
        return member(asked, List.of(new Rejection(true, code, "C")), List.of());
    }

    private static Member271 member(Member270 asked, List<Rejection> rejections, List<Benefit> benefits) {
        List<Trace> traces = asked.traces().stream().map(t -> new Trace("2", t.number(), t.originatorId(), null))
                .toList();
        return new Member271(traces, asked.name(), List.of(), null, rejections, null, null, null, List.of(),
                List.of(), null, benefits);
    }

    private static Benefit eb(String info, String period, List<String> types, BigDecimal amount, BigDecimal percent) {
        return new Benefit(info, "IND", types, null, null, period, amount, percent, null, null, null, "Y", null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static EligibilityVerified awaitVerified(String encounterId) {
        return TestEvents.awaitEvent(Topics.ELIGIBILITY_VERIFIED, EligibilityVerified.class,
                e -> e.getEncounterId().equals(encounterId), TIMEOUT);
    }

    private static String text(EdiInterchange e) {
        byte[] b = new byte[e.getContent().remaining()];
        e.getContent().duplicate().get(b);
        return new String(b, StandardCharsets.US_ASCII);
    }

    /** The estimate of a visit of 185.00 (99214) and 15.00 (36415) under the check's benefits. */
    private static io.restassured.response.ValidatableResponse estimateOfTwoLines(String checkId) {
        return given().contentType(ContentType.JSON).body(Map.of("lines", List.of(
                        Map.of("procedureCode", "99214", "charge", "185.00"),
                        Map.of("procedureCode", "36415", "charge", "15.00"))))
                .when().post("/eligibility/checks/" + checkId + "/estimate")
                .then();
    }
}
