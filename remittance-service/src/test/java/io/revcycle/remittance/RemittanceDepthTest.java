package io.revcycle.remittance;

import static io.restassured.RestAssured.given;
import static io.revcycle.remittance.RemittanceFixtures.PAYER;
import static io.revcycle.remittance.RemittanceFixtures.cas;
import static io.revcycle.remittance.RemittanceFixtures.claimSubmitted;
import static io.revcycle.remittance.RemittanceFixtures.clp;
import static io.revcycle.remittance.RemittanceFixtures.correctionOfPartiallyDenied;
import static io.revcycle.remittance.RemittanceFixtures.interchange;
import static io.revcycle.remittance.RemittanceFixtures.money;
import static io.revcycle.remittance.RemittanceFixtures.newTraceNumber;
import static io.revcycle.remittance.RemittanceFixtures.partiallyDenied;
import static io.revcycle.remittance.RemittanceFixtures.remittance;
import static io.revcycle.remittance.RemittanceFixtures.remittanceWithProviderAdjustments;
import static io.revcycle.remittance.RemittanceFixtures.reversalOfPartiallyDenied;
import static io.revcycle.remittance.RemittanceFixtures.svc;
import static io.revcycle.remittance.RemittanceFixtures.x12;
import static io.revcycle.remittance.RemittancePostingTest.TIMEOUT;
import static io.revcycle.remittance.RemittancePostingTest.claimRecorded;
import static io.revcycle.remittance.RemittancePostingTest.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

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
import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.DeniedLine;
import io.revcycle.x12.remit.Remittance835.Amount;
import io.revcycle.x12.remit.Remittance835.Claim;
import io.revcycle.x12.remit.Remittance835.ProviderAdjustmentItem;
import io.revcycle.events.PatientShare;
import io.revcycle.events.Topics;
import io.revcycle.remittance.RemittanceFixtures.TestClaim;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/**
 * Posting depth through the real broker, registry, PostgreSQL and 835 intake, with 835 bytes written by common-x12:
 * several remittances per claim, a reversal and its correction, the same 835 resent, and the unmatched queue worked
 * by hand. Every amount is exact.
 */
@QuarkusTest
@TestSecurity(user = "denials-1", roles = { Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER, Roles.INTEGRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "remittance"))
class RemittanceDepthTest {

    private final EntityManager em;

    RemittanceDepthTest(EntityManager em) {
        this.em = em;
    }

    @BeforeAll
    static void exactNumbers() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void shouldPostTwoPartialPaymentsOfOneClaimAndKeepTheirSum() {
        TestClaim c = submitted();
        // the payer splits the claim (MOA MA15): line 1 in one 835, line 2 in another
        var first = clp(c, "1", "185.00", "88.40", "59.60", List.of(), List.of("MA15"),
                svc("99213", "1", "185.00", "148.00", "88.40", List.of(), cas("CO", "45", "37.00"),
                        cas("PR", "1", "30.00", "3", "25.00", "2", "4.60")));
        var second = clp(c, "1", "75.00", "60.00", "0.00", List.of(), List.of("MA15"),
                svc("81002", "2", "75.00", "60.00", "60.00", List.of(), cas("CO", "45", "15.00")));
        String firstTrace = newTraceNumber();

        TestEvents.publish(Topics.EDI_FROM_PAYER, PAYER, interchange(x12(remittance(firstTrace, first)),
                "era-" + firstTrace + ".835"));
        ClaimAdjudicated one = awaitPosting(c.claimId(), 1);
        upload(x12(remittance(newTraceNumber(), second)), "split-2.835").statusCode(202);
        ClaimAdjudicated two = awaitPosting(c.claimId(), 2);

        assertThat(one.getPaidAmount()).isEqualTo(money("88.40"));
        assertThat(one.getPatientResponsibility()).isEqualTo(money("59.60"));
        assertThat(one.getPosting().getClaimRemarkCodes()).containsExactly("MA15");
        assertThat(one.getPosting().getTraceNumber()).isEqualTo(firstTrace);
        // the second event carries the claim's totals; its posting what that 835 said
        assertThat(two.getOutcome()).isEqualTo("PAID");
        assertThat(two.getPaidAmount()).isEqualTo(money("148.40"));
        assertThat(two.getAllowedAmount()).isEqualTo(money("208.00"));
        assertThat(two.getPatientResponsibility()).isEqualTo(money("59.60"));
        assertThat(two.getContractualAdjustment()).isEqualTo(money("52.00"));
        assertThat(two.getDeniedAmount()).isEqualTo(money("0.00"));
        assertThat(two.getReversal()).isFalse();
        assertThat(two.getPosting().getPaidAmount()).isEqualTo(money("60.00"));
        assertThat(two.getPosting().getAdjustedAmount()).isEqualTo(money("15.00"));
        assertThat(two.getPatientResponsibilityLines())
                .extracting(PatientShare::getLineNumber, PatientShare::getReasonCode, PatientShare::getAmount)
                .containsExactly(tuple(1, "1", money("30.00")), tuple(1, "3", money("25.00")),
                        tuple(1, "2", money("4.60")));
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(200)
                .body("postingCount", equalTo(2))
                .body("paidAmount", equalTo(money("148.40")))
                .body("allowedAmount", equalTo(money("208.00")))
                .body("patientResponsibility", equalTo(money("59.60")))
                .body("contractualAdjustment", equalTo(money("52.00")))
                .body("adjustedAmount", equalTo(money("111.60")))
                .body("deniedAmount", equalTo(money("0.00")))
                .body("totalCharge", equalTo(money("260.00")))
                .body("postings.sequence", contains(1, 2))
                .body("postings.paidAmount", contains(money("88.40"), money("60.00")))
                .body("postings.claimRemarkCodes", contains(List.of("MA15"), List.of("MA15")))
                .body("lines.lineNumber", contains(2));
        assertThat(announced(Topics.CLAIM_ADJUDICATED, c.claimId())).isEqualTo(2);
    }

    @Test
    void shouldTakeBackAReversedPaymentAndLeaveTheClaimAtItsCorrection() {
        TestClaim c = submitted();
        upload(x12(remittance(newTraceNumber(), partiallyDenied(c))), "original.835").statusCode(202);
        awaitPosting(c.claimId(), 1);
        String trace = newTraceNumber();

        // one 835: the reversal (CLP02 22) of the payment, then the corrected claim; BPR02 = -88.40 + 156.40
        TestEvents.publish(Topics.EDI_FROM_PAYER, PAYER, interchange(x12(remittance(trace,
                reversalOfPartiallyDenied(c), correctionOfPartiallyDenied(c))), "era-" + trace + ".835"));

        ClaimAdjudicated reversal = awaitPosting(c.claimId(), 2);
        ClaimAdjudicated correction = awaitPosting(c.claimId(), 3);
        assertThat(reversal.getReversal()).isTrue();
        assertThat(reversal.getPosting().getClaimStatusCode()).isEqualTo("22");
        assertThat(reversal.getPosting().getReversesPostingSequence()).isEqualTo(1);
        assertThat(reversal.getPosting().getPaidAmount()).isEqualTo(money("-88.40"));
        assertThat(reversal.getPaidAmount()).isEqualTo(money("0.00"));
        assertThat(reversal.getPatientResponsibility()).isEqualTo(money("0.00"));
        assertThat(reversal.getPatientResponsibilityLines()).isEmpty();
        // the claim's totals equal exactly what the correction said
        assertThat(correction.getOutcome()).isEqualTo("PAID");
        assertThat(correction.getPaidAmount()).isEqualTo(money("156.40"));
        assertThat(correction.getAllowedAmount()).isEqualTo(money("208.00"));
        assertThat(correction.getPatientResponsibility()).isEqualTo(money("46.60"));
        assertThat(correction.getContractualAdjustment()).isEqualTo(money("37.00"));
        assertThat(correction.getDeniedAmount()).isEqualTo(money("0.00"));
        assertThat(correction.getPosting().getClaimRemarkCodes()).containsExactly("MA01");
        assertThat(correction.getPatientResponsibilityLines())
                .extracting(PatientShare::getLineNumber, PatientShare::getProcedureCode, PatientShare::getReasonCode,
                        PatientShare::getAmount)
                .containsExactly(tuple(1, "99213", "3", money("25.00")), tuple(1, "99213", "2", money("9.60")),
                        tuple(2, "81002", "2", money("12.00")));
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(200)
                .body("outcome", equalTo("PAID"))
                .body("claimStatusCode", equalTo("1"))
                .body("postingCount", equalTo(3))
                .body("paidAmount", equalTo(money("156.40")))
                .body("allowedAmount", equalTo(money("208.00")))
                .body("patientResponsibility", equalTo(money("46.60")))
                .body("deductible", equalTo(money("0.00")))
                .body("coinsurance", equalTo(money("21.60")))
                .body("copay", equalTo(money("25.00")))
                .body("adjustedAmount", equalTo(money("103.60")))
                .body("deniedAmount", equalTo(money("0.00")))
                .body("claimRemarkCodes", contains("MA01"))
                .body("claimAdjustments.groupCode", contains("OA"))
                // what remains per group and reason: CO-50 and PR-1 were taken back whole
                .body("adjustmentTotals.collect { it.groupCode + '-' + it.reasonCode + ' ' + it.amount }",
                        containsInAnyOrder("CO-45 37.00", "PR-3 25.00", "PR-2 21.60", "PI-45 15.00", "OA-23 5.00"))
                .body("postings.reversal", contains(false, true, false))
                .body("postings.reversesSequence", contains(nullValue(), equalTo(1), nullValue()))
                .body("postings.paidAmount", contains(money("88.40"), money("-88.40"), money("156.40")))
                .body("postings.patientResponsibility", contains(money("59.60"), money("-59.60"), money("46.60")));
        // the 835's payment reconciles with its two postings
        given().get("/deposits/{trace}", trace).then().statusCode(200)
                .body("paymentAmount", equalTo(money("68.00")))
                .body("postedClaimPayments", equalTo(money("68.00")))
                .body("status", equalTo("RECONCILED"));
        assertThat(announced(Topics.DENIAL_RAISED, c.claimId())).isEqualTo(1);
    }

    @Test
    void shouldChangeNothingWhenTheSame835IsResentUnderANewEnvelope() {
        TestClaim c = submitted();
        String trace = newTraceNumber();
        upload(x12(remittance(trace, partiallyDenied(c))), "era.835").statusCode(202);
        awaitPosting(c.claimId(), 1);
        Map<String, Object> before = summary();

        // the same payment (payer, TRN02, claim payment) in a new interchange: a new file to the gateway
        String resent = upload(x12(remittance(trace, partiallyDenied(c))), "era-resent.835").statusCode(202)
                .extract().path("fileId");

        given().get("/remittance-files/{fileId}", resent).then().statusCode(200)
                .body("transactions[0].claimPayments[0].disposition", equalTo("DUPLICATE"))
                .body("transactions[0].claimPayments[0].claimId", equalTo(c.claimId()));
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(200)
                .body("postingCount", equalTo(1)).body("duplicateRemittances", equalTo(1))
                .body("paidAmount", equalTo(money("88.40")));
        assertThat(announced(Topics.CLAIM_ADJUDICATED, c.claimId())).isEqualTo(1);
        assertThat(announced(Topics.DENIAL_RAISED, c.claimId())).isEqualTo(1);
        Map<String, Object> after = summary();
        assertThat(after.get("posted")).isEqualTo(before.get("posted"));
        assertThat(after.get("paid")).isEqualTo(before.get("paid"));
        // V2_4 gives the claim payments taken before fingerprints the digest the intake computes: the same expression
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select count(*) from claim_payment "
                + "p join remittance_transaction t on t.id = p.transaction_id where p.claim_id = :c and p.fingerprint "
                + "= encode(sha256(convert_to(coalesce(t.payer_id, '') || chr(31) || coalesce(t.trace_number, "
                + "'file:' || t.file_id) || chr(31) || p.content, 'UTF8')), 'hex')").setParameter("c", c.claimId())
                .getSingleResult())).isEqualTo(2L);
    }

    @Test
    void shouldQueueTheSame835ResentBeforeItsClaimOnceAndPostItOnce() {
        TestClaim c = TestClaim.next();
        String trace = newTraceNumber();
        upload(x12(remittance(trace, partiallyDenied(c))), "early.835").statusCode(202);
        upload(x12(remittance(trace, partiallyDenied(c))), "early-resent.835").statusCode(202);
        given().get("/remittances/unmatched").then().statusCode(200)
                .body("findAll { it.patientControlNumber == '" + c.patientControlNumber() + "' }.size()",
                        equalTo(1));

        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), claimSubmitted(c));

        assertThat(awaitPosting(c.claimId(), 1).getPaidAmount()).isEqualTo(money("88.40"));
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(200)
                .body("postingCount", equalTo(1)).body("paidAmount", equalTo(money("88.40")));
        assertThat(announced(Topics.CLAIM_ADJUDICATED, c.claimId())).isEqualTo(1);
    }

    @Test
    void shouldPostAnUnmatchedClaimPaymentOnceWhenMatchedByHand() {
        TestClaim c = submitted();
        // the payer garbled CLP01: no claim carries that patient control number
        TestClaim garbled = new TestClaim(c.encounterId(), c.claimId(), c.patientControlNumber() + "X");
        String trace = newTraceNumber();
        upload(x12(remittance(trace, partiallyDenied(garbled))), "garbled.835").statusCode(202);
        long id = given().get("/remittances/unmatched").then().statusCode(200)
                .body("find { it.patientControlNumber == '" + garbled.patientControlNumber() + "' }.paid",
                        equalTo(money("88.40")))
                .body("find { it.patientControlNumber == '" + garbled.patientControlNumber() + "' }.charge",
                        equalTo(money("260.00")))
                .extract().jsonPath().getLong("find { it.patientControlNumber == '" + garbled.patientControlNumber()
                        + "' }.id");
        assertThat(announced(Topics.CLAIM_ADJUDICATED, c.claimId())).isZero();

        given().contentType("application/json")
                .body(Map.of("claimId", c.claimId(), "reason", "CLP01 garbled by the payer; CLP07 and amounts match"))
                .post("/remittances/unmatched/{id}/match", id).then().statusCode(200)
                .body("claimId", equalTo(c.claimId()))
                .body("paidAmount", equalTo(money("88.40")))
                .body("patientResponsibility", equalTo(money("59.60")))
                .body("postings[0].matchedBy", equalTo("denials-1"))
                .body("postings[0].matchReason", equalTo("CLP01 garbled by the payer; CLP07 and amounts match"));

        assertThat(awaitPosting(c.claimId(), 1).getPaidAmount()).isEqualTo(money("88.40"));
        assertThat(given().get("/remittances/unmatched").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class)).doesNotContain(id);
        given().get("/deposits/{trace}", trace).then().statusCode(200).body("status", equalTo("RECONCILED"));
        // matched once: again is a conflict, and nothing more is posted or announced
        given().contentType("application/json").body(Map.of("claimId", c.claimId(), "reason", "again"))
                .post("/remittances/unmatched/{id}/match", id).then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(announced(Topics.CLAIM_ADJUDICATED, c.claimId())).isEqualTo(1);
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(200).body("postingCount", equalTo(1));
    }

    @Test
    void shouldRecordAHandMatchedCopyOfAPostedPaymentAsItsDuplicate() {
        TestClaim c = submitted();
        String trace = newTraceNumber();
        upload(x12(remittance(trace, partiallyDenied(c))), "era.835").statusCode(202);
        awaitPosting(c.claimId(), 1);
        Map<String, Object> before = summary();
        // the payer resends the same payment (payer, TRN02, CLP07, amounts) in a new interchange with CLP01 mangled
        String garbled = c.patientControlNumber() + "X";
        String resent = new String(x12(remittance(trace, partiallyDenied(c))), StandardCharsets.UTF_8)
                .replace("CLP*" + c.patientControlNumber() + "*", "CLP*" + garbled + "*");
        assertThat(resent).contains("CLP*" + garbled + "*");
        upload(resent.getBytes(StandardCharsets.UTF_8), "era-resent-garbled.835").statusCode(202);
        long id = given().get("/remittances/unmatched").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.patientControlNumber == '" + garbled + "' }.id");

        List<Long> posted = given().contentType("application/json")
                .body(Map.of("claimId", c.claimId(), "reason", "CLP01 garbled by the payer; CLP07 and amounts match"))
                .post("/remittances/unmatched/{id}/match", id).then().statusCode(200)
                .body("postingCount", equalTo(1))
                .body("duplicateRemittances", equalTo(1))
                .body("paidAmount", equalTo(money("88.40")))
                .extract().jsonPath().getList("postings.claimPaymentId", Long.class);
        assertThat(posted).hasSize(1).doesNotContain(id);

        assertThat(given().get("/remittances/unmatched").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class)).doesNotContain(id);
        assertThat(announced(Topics.CLAIM_ADJUDICATED, c.claimId())).isEqualTo(1);
        Map<String, Object> after = summary();
        assertThat(after.get("posted")).isEqualTo(before.get("posted"));
        assertThat(after.get("paid")).isEqualTo(before.get("paid"));
        // settled once: matching it again is a conflict
        given().contentType("application/json").body(Map.of("claimId", c.claimId(), "reason", "again"))
                .post("/remittances/unmatched/{id}/match", id).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAMatchByHandThatCannotPost() {
        TestClaim c = TestClaim.next();
        upload(x12(remittance(newTraceNumber(), partiallyDenied(c))), "unknown-claim.835").statusCode(202);
        long id = given().get("/remittances/unmatched").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.patientControlNumber == '" + c.patientControlNumber() + "' }.id");

        given().contentType("application/json").body(Map.of("claimId", "CLM-never-submitted", "reason", "guess"))
                .post("/remittances/unmatched/{id}/match", id).then().statusCode(422)
                .contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("claimId", c.claimId()))
                .post("/remittances/unmatched/{id}/match", id).then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("claimId", c.claimId(), "reason", "x"))
                .post("/remittances/unmatched/{id}/match", Long.MAX_VALUE).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/remittances/unmatched").then().statusCode(200)
                .body("find { it.id == " + id + " }.disposition", equalTo("UNMATCHED"));
    }

    @Test
    void shouldRejectAn835WithTheRetiredCrAdjustmentGroupWhole() {
        TestClaim c = submitted();
        // CR (corrections and reversals) was a CAS group before 005010; a 5010 reversal is CLP02 22
        var clp = clp(c, "1", "100.00", "60.00", "20.00",
                svc("99213", "1", "100.00", "80.00", "60.00", List.of(), cas("CR", "45", "20.00"),
                        cas("PR", "3", "20.00")));

        upload(x12(remittance(newTraceNumber(), clp)), "cas-cr.835").statusCode(422)
                .contentType("application/problem+json");

        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(404);
        assertThat(announced(Topics.CLAIM_ADJUDICATED, c.claimId())).isZero();
    }

    @Test
    void shouldFlagARetiredCarcOnANewRemittanceInItsDenialAndCountEachAdjustmentOfTheDeniedLineOnce() {
        TestClaim c = submitted();
        // line 2 denied (CO-50) and also adjusted with CARC 42, which X12 stopped on 2007-06-01 (use 45): the
        // retired code is flagged; its 20.00 counts as contractual only, the 55.00 as denied only
        var clp = clp(c, "1", "260.00", "88.40", "59.60",
                svc("99213", "1", "185.00", "148.00", "88.40", List.of(), cas("CO", "45", "37.00"),
                        cas("PR", "1", "30.00", "3", "25.00", "2", "4.60")),
                svc("81002", "2", "75.00", "0.00", "0.00", List.of(), cas("CO", "42", "20.00", "50", "55.00")));

        upload(x12(remittance(newTraceNumber(), clp)), "retired-carc.835").statusCode(202);

        ClaimAdjudicated posted = awaitPosting(c.claimId(), 1);
        assertThat(posted.getOutcome()).isEqualTo("PARTIALLY_DENIED");
        assertThat(posted.getContractualAdjustment()).isEqualTo(money("57.00"));
        assertThat(posted.getDeniedAmount()).isEqualTo(money("55.00"));
        assertThat(posted.getPatientResponsibility()).isEqualTo(money("59.60"));
        DenialRaised denial = TestEvents.awaitEvent(Topics.DENIAL_RAISED, DenialRaised.class,
                e -> e.getClaimId().equals(c.claimId()), TIMEOUT);
        assertThat(denial.getDeniedAmount()).isEqualTo(money("55.00"));
        assertThat(denial.getDenials()).extracting(DeniedLine::getLineNumber, DeniedLine::getReasonCode,
                DeniedLine::getAmount, DeniedLine::getCategory, DeniedLine::getRuleId, DeniedLine::getInactiveCodes)
                .containsExactly(tuple(2, "50", money("55.00"), "MEDICAL_NECESSITY", "necessity-not-necessary",
                        List.of("CARC 42 stopped 2007-06-01")));
    }

    @Test
    void shouldShowTheClaimReversedUntilItsCorrectionArrivesInALater835() {
        TestClaim c = submitted();
        upload(x12(remittance(newTraceNumber(), partiallyDenied(c))), "paid.835").statusCode(202);
        awaitPosting(c.claimId(), 1);

        // a take-back alone (CLP02 22): no payment stands, the claim is REVERSED, every total back to zero
        upload(x12(remittance(newTraceNumber(), reversalOfPartiallyDenied(c))), "reversal.835").statusCode(202);
        ClaimAdjudicated reversal = awaitPosting(c.claimId(), 2);
        assertThat(reversal.getOutcome()).isEqualTo("REVERSED");
        assertThat(reversal.getReversal()).isTrue();
        assertThat(reversal.getPaidAmount()).isEqualTo(money("0.00"));
        assertThat(reversal.getAllowedAmount()).isEqualTo(money("0.00"));
        assertThat(reversal.getDeniedAmount()).isEqualTo(money("0.00"));
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(200)
                .body("reversed", equalTo(true))
                .body("paidAmount", equalTo(money("0.00")))
                .body("patientResponsibility", equalTo(money("0.00")))
                .body("postingCount", equalTo(2));

        // the corrected claim in a later 835: paid again, no longer reversed, totals = the correction
        upload(x12(remittance(newTraceNumber(), correctionOfPartiallyDenied(c))), "correction.835").statusCode(202);
        ClaimAdjudicated correction = awaitPosting(c.claimId(), 3);
        assertThat(correction.getOutcome()).isEqualTo("PAID");
        assertThat(correction.getPaidAmount()).isEqualTo(money("156.40"));
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(200)
                .body("reversed", equalTo(false))
                .body("outcome", equalTo("PAID"))
                .body("paidAmount", equalTo(money("156.40")))
                .body("patientResponsibility", equalTo(money("46.60")));
    }

    @Test
    void shouldRecordClaimInterestAsReportedAndPayItThroughTheProviderAccount() {
        TestClaim c = submitted();
        String trace = newTraceNumber();
        // X12 (005010X221A1): AMT*I reports the claim's interest and is not part of the claim's balancing (CLP04 is
        // the claim payment); the interest is paid through PLB*L6 (a negative adjustment adds to the payment)
        Claim withInterest = interest(partiallyDenied(c), "2.15");
        upload(x12(remittanceWithProviderAdjustments(trace, "1234567893",
                List.of(new ProviderAdjustmentItem("L6", c.patientControlNumber(), money("-2.15"))), withInterest)),
                "interest.835").statusCode(202);

        ClaimAdjudicated posted = awaitPosting(c.claimId(), 1);
        assertThat(posted.getPaidAmount()).isEqualTo(money("88.40"));
        assertThat(posted.getPosting().getInterestAmount()).isEqualTo(money("2.15"));
        given().get("/remittances/{claimId}", c.claimId()).then().statusCode(200)
                .body("paidAmount", equalTo(money("88.40")))
                .body("interest", equalTo(money("2.15")))
                .body("patientResponsibility", equalTo(money("59.60")))
                .body("postings.interest", contains(money("2.15")));
        // the deposit: 88.40 claim payment + 2.15 interest = BPR 90.55, reconciled
        given().get("/deposits/{trace}", trace).then().statusCode(200)
                .body("paymentAmount", equalTo(money("90.55")))
                .body("postedClaimPayments", equalTo(money("88.40")))
                .body("providerAdjustments", equalTo(money("-2.15")))
                .body("difference", equalTo(money("0.00")))
                .body("status", equalTo("RECONCILED"));
    }

    /** The claim payment with its interest reported in AMT*I. */
    private static Claim interest(Claim c, String amount) {
        List<Amount> amounts = new java.util.ArrayList<>(c.amounts());
        amounts.add(new Amount("I", money(amount)));
        return new Claim(c.patientControlNumber(), c.status(), c.charge(), c.paid(), c.patientResponsibility(),
                c.filingIndicator(), c.payerClaimControlNumber(), c.facilityCode(), c.frequencyCode(), c.drgCode(),
                c.drgWeight(), c.dischargeFraction(), c.adjustments(), c.patient(), c.insured(), c.correctedPatient(),
                c.serviceProvider(), c.crossoverCarrier(), c.correctedPriorityPayer(), c.otherSubscriber(),
                c.inpatient(), c.outpatient(), c.otherReferences(), c.renderingProviderReferences(),
                c.statementFrom(), c.statementTo(), c.coverageExpiration(), c.receivedDate(), c.contacts(), amounts,
                c.quantities(), c.services());
    }

    private static TestClaim submitted() {
        TestClaim c = TestClaim.next();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, c.claimId(), claimSubmitted(c));
        await().atMost(TIMEOUT).until(() -> claimRecorded(c.claimId()));
        return c;
    }

    private static ClaimAdjudicated awaitPosting(String claimId, int sequence) {
        return TestEvents.awaitEvent(Topics.CLAIM_ADJUDICATED, ClaimAdjudicated.class,
                e -> e.getClaimId().equals(claimId) && e.getPostingSequence() == sequence, TIMEOUT);
    }

    private long announced(String topic, String claimId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_message where topic = :t and message_key = :k")
                .setParameter("t", topic).setParameter("k", claimId).getSingleResult()).longValue());
    }

    private static Map<String, Object> summary() {
        return given().get("/remittances/summary").then().statusCode(200).extract().jsonPath().getMap("$");
    }
}
