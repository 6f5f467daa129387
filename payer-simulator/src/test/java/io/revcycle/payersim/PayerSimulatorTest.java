package io.revcycle.payersim;

import static io.restassured.RestAssured.given;
import static io.revcycle.payersim.PayerAnswers.await;
import static io.revcycle.payersim.PayerAnswers.first;
import static io.revcycle.payersim.PayerAnswers.mentions;
import static io.revcycle.payersim.PayerAnswers.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.revcycle.payersim.Test837.TestClaim;
import io.revcycle.payersim.Test837.TestLine;
import io.revcycle.security.Roles;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.claim.Adjustment;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.x12.ack.Ack999;
import io.revcycle.x12.claimack.ClaimAck277;
import io.revcycle.x12.remit.Remittance835;
import io.revcycle.x12.remit.Remittance835.AdjustmentGroup;
import io.revcycle.x12.remit.Remittance835.ServicePayment;

@QuarkusTest
@TestSecurity(user = "integration-1", roles = { Roles.INTEGRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "payer_simulator"))
class PayerSimulatorTest {

    @Test
    void shouldAnswerAProfessionalFileWith999And277CAAndExact835AndTakeOnlyTheRestOfTheDeductibleLater() {
        String provider = provider();
        String m1 = member("SYNPAYER1", "25.00", "20.00", "180.00");
        String m2 = member("SYNPAYER1", "25.00", "20.00", "50.00");
        String pcn1 = pcn();
        String pcn2 = pcn();
        send(provider, "SYNPAYER1", Test837.professional(provider, "SYNPAYER1", 101,
                TestClaim.of(pcn1, "SYNPAYER1", m1, TestLine.of("99214", "185.00"), TestLine.of("36415", "15.00"),
                        TestLine.of("20610", "200.00")),
                TestClaim.of(pcn2, "SYNPAYER1", m2, TestLine.of("99214", "185.00"), TestLine.of("36415", "15.00"))));

        Ack999 ack = PayerAnswers.acks(await(provider, "999", f -> true)).get(0);
        assertThat(ack.groupControlNumber()).isEqualTo("101");
        assertThat(ack.response().code()).isEqualTo(Ack999.GroupAckCode.A);
        assertThat(ack.transactions()).extracting(t -> t.status().code()).containsExactly(Ack999.TransactionAckCode.A);
        ClaimAck277 ca = PayerAnswers.ack277(await(provider, "277CA", mentions(pcn1)));
        assertThat(ca.claims()).extracting(c -> c.patientControlNumber() + " " + c.statuses().get(0).status().category()
                + ":" + c.statuses().get(0).status().code()).containsExactly(pcn1 + " A2:20", pcn2 + " A2:20");
        assertThat(ca.claims()).allSatisfy(c -> assertThat(c.payerClaimControlNumber()).startsWith("PCC"));

        Remittance835 era = PayerAnswers.remittance(await(provider, "835", mentions(pcn1)));
        assertThat(era.payer().technicalContacts()).extracting(Remittance835.Contact::function).containsExactly("BL");
        assertThat(era.payee().idQualifier() + " " + era.payee().id()).isEqualTo("XX " + Test837.NPI);
        Remittance835.Claim c1 = claim(era, pcn1);
        // 180.00 deductible left: 99214 allowed 148.00 and 36415 allowed 12.00 go to it; 20610 is denied CO-96/N425
        assertThat(c1.status()).isEqualTo("1");
        assertThat(c1.payerClaimControlNumber()).isEqualTo(ca.claims().get(0).payerClaimControlNumber());
        assertThat(lines(c1)).containsExactly(
                "1 HC:99214 185.00 paid 0.00 B6 148.00 CO-45=37.00 PR-1=148.00",
                "2 HC:36415 15.00 paid 0.00 B6 12.00 CO-45=3.00 PR-1=12.00",
                "3 HC:20610 200.00 paid 0.00 B6 0.00 CO-96=200.00 HE:N425");
        assertThat(c1.patientResponsibility()).isEqualByComparingTo("160.00");
        assertThat(c1.patient().id()).isEqualTo(m1);
        assertThat(c1.statementFrom()).isEqualTo(Test837.DOS);
        Remittance835.Claim c2 = claim(era, pcn2);
        // 50.00 deductible, then the 25.00 copay once, then 20 % coinsurance
        assertThat(lines(c2)).containsExactly(
                "1 HC:99214 185.00 paid 58.40 B6 148.00 CO-45=37.00 PR-1=50.00 PR-3=25.00 PR-2=14.60",
                "2 HC:36415 15.00 paid 9.60 B6 12.00 CO-45=3.00 PR-2=2.40");
        assertThat(c2.paid()).isEqualByComparingTo("68.00");
        assertThat(c2.patientResponsibility()).isEqualByComparingTo("92.00");
        assertThat(era.payment().amount()).isEqualByComparingTo("68.00");
        assertThat(era.payment().method()).isEqualTo("ACH");

        // the same member's next claim this year takes only the 20.00 left of the deductible
        String pcn3 = pcn();
        send(provider, "SYNPAYER1", Test837.professional(provider, "SYNPAYER1", 102,
                TestClaim.of(pcn3, "SYNPAYER1", m1, TestLine.of("99213", "125.00"))));
        Remittance835.Claim c3 = claim(PayerAnswers.remittance(await(provider, "835", mentions(pcn3))), pcn3);
        assertThat(lines(c3)).containsExactly(
                "1 HC:99213 125.00 paid 44.00 B6 100.00 CO-45=25.00 PR-1=20.00 PR-3=25.00 PR-2=11.00");
        given().get("/members/SYNPAYER1/" + m1 + "/accumulators").then().statusCode(200)
                .body("[0].deductibleMet", equalTo(180.00f)).body("[0].outOfPocketMet", equalTo(216.00f));
        given().get("/claims/" + pcn3).then().statusCode(200).body("remittanceStatus", equalTo("SENT"))
                .body("paid", equalTo(44.00f)).body("lines[0].lineItemControlNumber", equalTo("1"));
    }

    @Test
    void shouldPayASecondaryClaimFromWhatThePrimaryLeftToThePatient() {
        String provider = provider();
        String primaryMember = member("SYNPAYER1", "25.00", "20.00", "50.00");
        String secondaryMember = member("SYNPAYER2", "0.00", "50.00", "0.00");
        BigDecimal secondaryOopBefore = outOfPocketMet("SYNPAYER2", secondaryMember);
        String pcn = pcn();
        TestClaim primaryClaim = TestClaim.of(pcn, "SYNPAYER1", primaryMember, TestLine.of("99214", "185.00"),
                TestLine.of("36415", "15.00"));
        send(provider, "SYNPAYER1", Test837.professional(provider, "SYNPAYER1", 111, primaryClaim));
        Remittance835.Claim primary = claim(PayerAnswers.remittance(await(provider, "835", mentions(pcn))), pcn);
        assertThat(primary.patientResponsibility()).isEqualByComparingTo("92.00");

        String secondaryPcn = pcn();
        TestClaim secondaryClaim = TestClaim.of(secondaryPcn, "SYNPAYER2", secondaryMember,
                TestLine.of("99214", "185.00"), TestLine.of("36415", "15.00"));
        byte[] secondary837 = Test837.professionalAfter(provider, "SYNPAYER2", 112, secondaryClaim, "SYNPAYER1",
                primaryMember, primary);
        assertThat(X12Toolkit.validate(secondary837)).noneMatch(f -> f.isError());
        send(provider, "SYNPAYER2", secondary837);

        ClaimAck277 ca = PayerAnswers.ack277(await(provider, "277CA", mentions(secondaryPcn)));
        assertThat(ca.claims()).extracting(PayerSimulatorTest::status).containsExactly("A2:20:null");
        Remittance835.Claim c = claim(PayerAnswers.remittance(await(provider, "835", mentions(secondaryPcn))),
                secondaryPcn);
        // as the only payer SYNPAYER2 (65 %, 50 % coinsurance) would pay 60.12 and 4.87; it pays at most what the
        // primary left (89.60, 2.40), first towards the deductible, then the copay, then the coinsurance
        assertThat(c.status()).as("processed as secondary").isEqualTo("2");
        assertThat(lines(c)).containsExactly(
                "1 HC:99214 185.00 paid 60.12 B6 120.25 OA-23=95.40 PR-3=14.88 PR-2=14.60",
                "2 HC:36415 15.00 paid 2.40 B6 9.75 OA-23=12.60");
        assertThat(c.paid()).isEqualByComparingTo("62.52");
        assertThat(c.patientResponsibility()).as("what the patient owes after both payers").isEqualByComparingTo(
                "29.48");
        // SYNPAYER2's out-of-pocket counts what the patient still owes (29.48), not its own share alone (65.01)
        assertThat(outOfPocketMet("SYNPAYER2", secondaryMember)).isEqualByComparingTo(secondaryOopBefore.add(
                new BigDecimal("29.48")));
    }

    @Test
    void shouldPayASecondaryClaimAtMostThePrimarysClaimLevelPatientResponsibility() {
        String provider = provider();
        String primaryMember = member("SYNPAYER1", "25.00", "20.00", "50.00");
        String secondaryMember = member("SYNPAYER2", "0.00", "50.00", "0.00");
        BigDecimal oopBefore = outOfPocketMet("SYNPAYER2", secondaryMember);
        String pcn = pcn();
        TestClaim claim = TestClaim.of(pcn, "SYNPAYER2", secondaryMember, TestLine.of("99214", "185.00"),
                TestLine.of("36415", "15.00"));
        // the primary adjudicated at claim level only (2320 CAS, no 2430): paid 68.00 of 200.00, CO-45 40.00, and
        // left the patient 92.00 (deductible 50.00, copay 25.00, coinsurance 17.00)
        byte[] secondary837 = Test837.professionalAfterClaimLevel(provider, "SYNPAYER2", 113, claim, "SYNPAYER1",
                primaryMember, new BigDecimal("68.00"), List.of(
                        new Adjustment("CO", "45", new BigDecimal("40.00"), null),
                        new Adjustment("PR", "1", new BigDecimal("50.00"), null),
                        new Adjustment("PR", "3", new BigDecimal("25.00"), null),
                        new Adjustment("PR", "2", new BigDecimal("17.00"), null)));
        assertThat(X12Toolkit.validate(secondary837)).noneMatch(f -> f.isError());
        send(provider, "SYNPAYER2", secondary837);

        Remittance835.Claim c = claim(PayerAnswers.remittance(await(provider, "835", mentions(pcn))), pcn);
        // by hand: the 92.00 the primary left goes to the lines in line order (all of it fits line 1's 185.00);
        // SYNPAYER2 alone would pay 60.12 on line 1 (50 % of 120.25, coinsurance 60.13 half up) and 4.87 on line 2,
        // capped by what the patient owes there: 60.12 of 92.00 (deductible 50.00 first, then 10.12 of the copay)
        // and nothing on line 2, which the primary left the patient nothing of
        assertThat(c.status()).as("processed as secondary").isEqualTo("2");
        assertThat(lines(c)).containsExactly(
                "1 HC:99214 185.00 paid 60.12 B6 120.25 OA-23=93.00 PR-3=14.88 PR-2=17.00",
                "2 HC:36415 15.00 paid 0.00 B6 9.75 OA-23=15.00");
        assertThat(c.paid()).isEqualByComparingTo("60.12");
        assertThat(c.patientResponsibility()).isEqualByComparingTo("31.88");
        assertThat(outOfPocketMet("SYNPAYER2", secondaryMember)).isEqualByComparingTo(oopBefore.add(
                new BigDecimal("31.88")));
    }

    @Test
    void shouldPayATertiaryClaimFromWhatTheSecondaryLeft() {
        String provider = provider();
        String primaryMember = member("SYNPAYER1", "25.00", "20.00", "50.00");
        String secondaryMember = member("SYNPAYER2", "0.00", "50.00", "0.00");
        String tertiaryMember = member("SYNPAYER1", "0.00", "10.00", "0.00");
        TestLine[] visit = { TestLine.of("99214", "185.00"), TestLine.of("36415", "15.00") };
        String pcn = pcn();
        send(provider, "SYNPAYER1", Test837.professional(provider, "SYNPAYER1", 114,
                TestClaim.of(pcn, "SYNPAYER1", primaryMember, visit)));
        Remittance835.Claim primary = claim(PayerAnswers.remittance(await(provider, "835", mentions(pcn))), pcn);
        String secondaryPcn = pcn();
        send(provider, "SYNPAYER2", Test837.professionalAfter(provider, "SYNPAYER2", 115,
                TestClaim.of(secondaryPcn, "SYNPAYER2", secondaryMember, visit), "SYNPAYER1", primaryMember, primary));
        Remittance835.Claim secondary = claim(PayerAnswers.remittance(await(provider, "835",
                mentions(secondaryPcn))), secondaryPcn);
        assertThat(secondary.patientResponsibility()).isEqualByComparingTo("29.48");

        String tertiaryPcn = pcn();
        byte[] tertiary837 = Test837.professionalThird(provider, "SYNPAYER1", 116,
                TestClaim.of(tertiaryPcn, "SYNPAYER1", tertiaryMember, visit), "SYNPAYER1", primaryMember, primary,
                "SYNPAYER2", secondaryMember, secondary);
        assertThat(X12Toolkit.validate(tertiary837)).noneMatch(f -> f.isError());
        send(provider, "SYNPAYER1", tertiary837);

        Remittance835.Claim c = claim(PayerAnswers.remittance(await(provider, "835", mentions(tertiaryPcn))),
                tertiaryPcn);
        // by hand: alone it would pay 133.20 (148.00 less 10 %) and 10.80; it pays at most what the secondary left,
        // not the primary: 29.48 on 99214 (the copay's 14.88, then the coinsurance's 14.60) and nothing on 36415
        assertThat(c.status()).as("processed as tertiary").isEqualTo("3");
        assertThat(lines(c)).containsExactly(
                "1 HC:99214 185.00 paid 29.48 B6 148.00 OA-23=155.52",
                "2 HC:36415 15.00 paid 0.00 B6 12.00 OA-23=15.00");
        assertThat(c.paid()).isEqualByComparingTo("29.48");
        assertThat(c.patientResponsibility()).isEqualByComparingTo("0.00");
    }

    private static BigDecimal outOfPocketMet(String payerId, String memberId) {
        Object met = given().get("/members/" + payerId + "/" + memberId + "/accumulators").then().statusCode(200)
                .extract().path("[0].outOfPocketMet");
        return met == null ? BigDecimal.ZERO : new BigDecimal(met.toString());
    }

    @Test
    void shouldAnswerAnInstitutionalFileFromTheFeeScheduleAndRejectAnUnknownMember() {
        String provider = provider();
        String m = member("SYNPAYER2", "0.00", "10.00", "0.00");
        given().contentType(ContentType.JSON).body(Map.of("payerId", "SYNPAYER2", "procedureCode", "85025",
                "allowedAmount", "40.00")).put("/fee-schedules/SYNPAYER2/85025").then().statusCode(200);
        String known = pcn();
        String unknown = pcn();
        send(provider, "SYNPAYER2", Test837.institutional(provider, "SYNPAYER2", 201,
                TestClaim.of(known, "SYNPAYER2", m, TestLine.facility("0450", "99283", "400.00"),
                        TestLine.facility("0300", "85025", "100.00")),
                TestClaim.of(unknown, "SYNPAYER2", "NOSUCHMEMBER", TestLine.facility("0450", "99283", "90.00"))));

        ClaimAck277 ca = PayerAnswers.ack277(await(provider, "277CA", mentions(known)));
        assertThat(ca.claims()).extracting(c -> c.patientControlNumber() + " " + status(c))
                .containsExactly(known + " A2:20:null", unknown + " A3:33:IL");
        assertThat(ca.claims().get(1).payerClaimControlNumber()).isNull();
        Remittance835 era = PayerAnswers.remittance(await(provider, "835", mentions(known)));
        assertThat(era.claims()).extracting(Remittance835.Claim::patientControlNumber).containsExactly(known);
        Remittance835.Claim c = era.claims().get(0);
        // SYNPAYER2 allows 65 % (400.00 -> 260.00), its fee schedule 40.00 for 85025; 10 % coinsurance
        assertThat(lines(c)).containsExactly(
                "1 HC:99283 400.00 paid 234.00 B6 260.00 CO-45=140.00 PR-2=26.00",
                "2 HC:85025 100.00 paid 36.00 B6 40.00 CO-45=60.00 PR-2=4.00");
        assertThat(c.services()).extracting(ServicePayment::revenueCode).containsExactly("0450", "0300");
        assertThat(c.paid()).isEqualByComparingTo("270.00");
        assertThat(c.facilityCode() + c.frequencyCode()).isEqualTo("131");
        assertThat(era.payment().method()).isEqualTo("CHK");
        given().get("/claims/" + unknown).then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("statusCode", equalTo("33")).body("remittanceStatus", equalTo("NONE"));
    }

    @Test
    void shouldRejectAMalformedFileWithIk3AndIk4AndAnswerNothingElse() {
        String provider = provider();
        String m = member("SYNPAYER1", "0.00", "0.00", "0.00");
        String bad = pcn();
        String marker = pcn();
        String valid = new String(Test837.professional(provider, "SYNPAYER1", 301,
                TestClaim.of(bad, "SYNPAYER1", m, TestLine.of("99213", "125.00"))), java.nio.charset.StandardCharsets.US_ASCII);
        // the subscriber's id qualifier NM108 becomes a code the guide does not allow
        String malformed = valid.replace("NM1*IL*1*DOE*JANE****MI*", "NM1*IL*1*DOE*JANE****QQ*");
        assertThat(malformed).isNotEqualTo(valid);
        send(provider, "SYNPAYER1", malformed.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        send(provider, "SYNPAYER1", Test837.professional(provider, "SYNPAYER1", 302,
                TestClaim.of(marker, "SYNPAYER1", m, TestLine.of("99213", "125.00"))));

        List<String> acks = first(provider, "999", 2);
        Ack999 rejection = PayerAnswers.acks(acks.get(0)).get(0);
        assertThat(rejection.groupControlNumber()).isEqualTo("301");
        assertThat(rejection.response().code()).isEqualTo(Ack999.GroupAckCode.R);
        Ack999.TransactionResponse tx = rejection.transactions().get(0);
        assertThat(tx.status().code()).isEqualTo(Ack999.TransactionAckCode.R);
        assertThat(tx.segmentErrors()).anySatisfy(e -> {
            assertThat(e.segmentId()).isEqualTo("NM1");
            assertThat(e.elementErrors()).anySatisfy(el -> assertThat(el.elementPosition()).isEqualTo(8));
        });
        assertThat(PayerAnswers.acks(acks.get(1)).get(0).response().code()).isEqualTo(Ack999.GroupAckCode.A);
        // the marker's answers come after anything the malformed file could have caused
        assertThat(await(provider, "277CA", f -> true)).satisfies(f -> {
            assertThat(mentions(marker).test(f)).isTrue();
            assertThat(mentions(bad).test(f)).isFalse();
        });
        assertThat(await(provider, "835", f -> true)).satisfies(f -> {
            assertThat(mentions(marker).test(f)).isTrue();
            assertThat(mentions(bad).test(f)).isFalse();
        });
        given().get("/claims/" + bad).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldAcknowledgeButNeverRemitForAnAcknowledgeOnlyPayer() {
        String provider = provider();
        String payer = "ACK" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("payerId", payer, "name", "ACK ONLY PLAN",
                "allowedPercent", "70.00", "acknowledgeOnly", true)).post("/payers").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("planId", payer + "-PLAN", "payerId", payer, "name", "BASIC",
                "copay", "10.00", "coinsurancePercent", "0.00", "annualDeductible", "0.00", "outOfPocketMax",
                "1000.00")).post("/plans").then().statusCode(201);
        String m = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("payerId", payer, "memberId", m, "planId", payer + "-PLAN",
                "lastName", "DOE", "firstName", "JANE")).post("/members").then().statusCode(201);
        String ackOnly = pcn();
        String marker = pcn();
        send(provider, payer, Test837.professional(provider, payer, 401,
                TestClaim.of(ackOnly, payer, m, TestLine.of("99213", "125.00"))));
        send(provider, "SYNPAYER1", Test837.professional(provider, "SYNPAYER1", 402,
                TestClaim.of(marker, "SYNPAYER1", member("SYNPAYER1", "0.00", "0.00", "0.00"),
                        TestLine.of("99213", "125.00"))));

        ClaimAck277 ca = PayerAnswers.ack277(await(provider, "277CA", mentions(ackOnly)));
        assertThat(status(ca.claims().get(0))).isEqualTo("A2:20:null");
        assertThat(await(provider, "835", f -> true)).satisfies(f -> {
            assertThat(mentions(marker).test(f)).isTrue();
            assertThat(mentions(ackOnly).test(f)).isFalse();
        });
        given().get("/claims/" + ackOnly).then().statusCode(200).body("remittanceStatus", equalTo("ACK_ONLY"));
    }

    @Test
    void shouldAnswerAClaimSentAgainInANewFileWithItsAcceptanceButPayItOnce() {
        String provider = provider();
        String m = member("SYNPAYER1", "0.00", "0.00", "0.00");
        String pcn = pcn();
        String marker = pcn();
        send(provider, "SYNPAYER1", Test837.professional(provider, "SYNPAYER1", 501,
                TestClaim.of(pcn, "SYNPAYER1", m, TestLine.of("99213", "125.00"))));
        await(provider, "835", mentions(pcn));
        send(provider, "SYNPAYER1", Test837.professional(provider, "SYNPAYER1", 502,
                TestClaim.of(pcn, "SYNPAYER1", m, TestLine.of("99213", "125.00")),
                TestClaim.of(marker, "SYNPAYER1", m, TestLine.of("99212", "85.00"))));

        List<String> answers = first(provider, "277CA", 2);
        String first = PayerAnswers.ack277(answers.get(0)).claims().get(0).payerClaimControlNumber();
        assertThat(PayerAnswers.ack277(answers.get(1)).claims())
                .extracting(c -> c.patientControlNumber() + " " + status(c) + " " + c.payerClaimControlNumber())
                .first().isEqualTo(pcn + " A2:20:null " + first);
        List<String> remittances = first(provider, "835", 2);
        assertThat(mentions(marker).test(remittances.get(1))).isTrue();
        assertThat(remittances.stream().flatMap(f -> PayerAnswers.remittance(f).claims().stream())
                .filter(c -> c.patientControlNumber().equals(pcn))).hasSize(1);
    }

    @Test
    void shouldAnswerProblemJsonForBadRequestsAndUnknownClaims() {
        given().get("/claims/RC-nope").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        given().contentType(ContentType.JSON).body(Map.of("payerId", "SYNPAYER1", "memberId", "X1"))
                .post("/members").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("payerId", "NOPAYER", "memberId", "X1", "lastName", "DOE"))
                .post("/members").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{not json").post("/plans").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/denial-rules?payerId=SYNPAYER2").then().statusCode(200)
                .body("[0].procedureCode", equalTo("97110")).body("[0].reasonCode", equalTo("50"));
        given().contentType(ContentType.JSON).body(List.of(
                Map.of("payerId", "SYNPAYER2", "memberId", "BATCH1", "lastName", "ONE", "copay", "5.00"),
                Map.of("payerId", "SYNPAYER2", "memberId", "BATCH2", "lastName", "TWO", "copay", "5.00")))
                .post("/members").then().statusCode(201).body("size()", equalTo(2));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static String provider() {
        return "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    static String pcn() {
        return "RC" + String.format("%010d", Math.abs(UUID.randomUUID().getLeastSignificantBits() % 10_000_000_000L));
    }

    /** Registers a member through the API with the benefits the demo sends. */
    static String member(String payer, String copay, String coinsurance, String deductibleRemaining) {
        String id = "M" + UUID.randomUUID().toString().replace("-", "").substring(0, 11).toUpperCase();
        given().contentType(ContentType.JSON).body(List.of(Map.of("payerId", payer, "memberId", id, "lastName", "DOE",
                "firstName", "JANE", "birthDate", "1980-01-01", "sex", "F", "copay", copay, "coinsurancePercent",
                coinsurance, "deductibleRemaining", deductibleRemaining))).post("/members").then().statusCode(201);
        return id;
    }

    private static Remittance835.Claim claim(Remittance835 era, String pcn) {
        return era.claims().stream().filter(c -> c.patientControlNumber().equals(pcn)).findFirst().orElseThrow();
    }

    private static String status(ClaimAck277.ClaimStatus c) {
        ClaimAck277.StatusCode s = c.statuses().get(0).status();
        return s.category() + ":" + s.code() + ":" + s.entity();
    }

    /** "REF*6R procedure charge paid AMT*B6 CAS... LQ..." per line; asserts each line balances. */
    private static List<String> lines(Remittance835.Claim c) {
        BigDecimal adjusted = c.services().stream().flatMap(s -> s.adjustments().stream())
                .map(g -> AdjustmentGroup.total(List.of(g), null)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(c.paid().add(adjusted)).as("claim balances").isEqualByComparingTo(c.charge());
        return c.services().stream().map(s -> {
            StringBuilder b = new StringBuilder(s.lineItemControlNumber() + " " + s.procedure().qualifier() + ":"
                    + s.procedure().code() + " " + s.charge().toPlainString() + " paid " + s.paid().toPlainString()
                    + " B6 " + s.amounts().get(0).amount().toPlainString());
            for (AdjustmentGroup g : s.adjustments()) {
                g.adjustments().forEach(a -> b.append(" ").append(g.group()).append("-").append(a.reason()).append("=")
                        .append(a.amount().toPlainString()));
            }
            s.remarks().forEach(r -> b.append(" ").append(r.qualifier()).append(":").append(r.code()));
            assertThat(s.paid().add(AdjustmentGroup.total(s.adjustments(), null))).as("line balances")
                    .isEqualByComparingTo(s.charge());
            return b.toString();
        }).toList();
    }
}
