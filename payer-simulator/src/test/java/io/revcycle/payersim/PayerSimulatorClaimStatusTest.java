package io.revcycle.payersim;

import static io.restassured.RestAssured.given;
import static io.revcycle.payersim.PayerAnswers.await;
import static io.revcycle.payersim.PayerAnswers.mentions;
import static io.revcycle.payersim.PayerAnswers.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
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
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.eligibility.DatePeriod;
import io.revcycle.x12.eligibility.Demographics;
import io.revcycle.x12.eligibility.EntityName;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.status.ClaimInquiry276;
import io.revcycle.x12.status.ClaimStatus277;
import io.revcycle.x12.status.ClaimStatusRequest276;
import io.revcycle.x12.status.ClaimStatusResponse277;
import io.revcycle.x12.status.Payer276;
import io.revcycle.x12.status.Provider276;
import io.revcycle.x12.status.Receiver276;
import io.revcycle.x12.status.StatusInfo;
import io.revcycle.x12.status.Subscriber276;

/**
 * The payer sits on the claims of a configured member (accepted, never paid) and answers 276 claim status requests
 * with 277s (005010X212) from what it did with each claim, through the gateway topics; real X12 both ways.
 */
@QuarkusTest
@TestSecurity(user = "integration-1", roles = { Roles.INTEGRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "payer_simulator"))
class PayerSimulatorClaimStatusTest {

    /** revcycle.payer.sit-on-claims.members of the test profile. */
    private static final String SAT_ON_MEMBER = "SITONCLAIMS1";

    @Test
    void shouldSitOnAConfiguredMembersClaimAndAnswer276sPendingPaidAndNotFound() {
        String provider = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        String paidMember = member("M" + UUID.randomUUID().toString().replace("-", "").substring(0, 11).toUpperCase());
        member(SAT_ON_MEMBER);
        String satOn = pcn();
        String paid = pcn();
        String unknown = pcn();
        send(provider, "SYNPAYER1", Test837.professional(provider, "SYNPAYER1", 301,
                TestClaim.of(satOn, "SYNPAYER1", SAT_ON_MEMBER, TestLine.of("99213", "125.00")),
                TestClaim.of(paid, "SYNPAYER1", paidMember, TestLine.of("99213", "125.00"))));

        // both accepted; only the paid one is in the 835
        assertThat(await(provider, "277CA", mentions(satOn))).contains("TRN*2*" + satOn);
        String era = await(provider, "835", mentions(paid));
        assertThat(era).doesNotContain(satOn);
        given().get("/claims/" + satOn).then().statusCode(200).body("remittanceStatus", equalTo("PENDED"));

        send(provider, "SYNPAYER1", request(provider, new Asked("T1" + satOn, satOn, SAT_ON_MEMBER),
                new Asked("T2" + paid, paid, paidMember), new Asked("T3" + unknown, unknown, paidMember)), "276");

        String file = await(provider, "277", f -> f.contains("TRN*2*T1" + satOn));
        List<ClaimStatus277> statuses = X12Toolkit.readTyped(file.getBytes(StandardCharsets.US_ASCII),
                ClaimStatusResponse277.class).values().get(0).payers().get(0).receivers().get(0).providers().get(0)
                .subscribers().stream().flatMap(s -> s.claims().stream()).toList();
        assertThat(statuses).extracting(ClaimStatus277::traceNumber, ClaimStatus277::patientControlNumber, c -> stc(c))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("T1" + satOn, satOn, "P1:20 charge 125.00 paid null"),
                        org.assertj.core.groups.Tuple.tuple("T2" + paid, paid, "F1:65 charge 125.00 paid 60.00"),
                        org.assertj.core.groups.Tuple.tuple("T3" + unknown, unknown, "A4:35 charge 125.00 paid null"));
        ClaimStatus277 paidStatus = statuses.get(1);
        assertThat(paidStatus.statuses().get(0).paymentMethod()).isEqualTo("ACH");
        assertThat(paidStatus.statuses().get(0).checkNumber()).isNotBlank().satisfies(trace -> assertThat(era)
                .contains("TRN*1*" + trace + "*"));
        assertThat(paidStatus.payerClaimControlNumber()).startsWith("PCC");
    }

    private static String stc(ClaimStatus277 c) {
        StatusInfo s = c.statuses().get(0);
        return s.codes().get(0).category() + ":" + s.codes().get(0).status() + " charge " + s.totalCharge()
                + " paid " + s.payment();
    }

    /** A claim to ask about: trace number, patient control number, member. */
    record Asked(String trace, String pcn, String memberId) {
    }

    static byte[] request(String provider, Asked... claims) {
        List<Subscriber276> subscribers = Arrays.stream(claims).map(c -> new Subscriber276(
                new Demographics(LocalDate.of(1980, 1, 1), "F"),
                EntityName.person("IL", "DOE", "JANE", "MI", c.memberId()),
                List.of(new ClaimInquiry276(c.trace(), null, null, null, null, c.pcn(), null, null,
                        new BigDecimal("125.00"), DatePeriod.between("472", Test837.DOS, Test837.DOS), List.of())),
                List.of())).toList();
        ClaimStatusRequest276 request = new ClaimStatusRequest276("Q" + provider, LocalDate.now(), "1200", List.of(
                new Payer276(EntityName.organization("PR", "SYNTHETIC HEALTH PLAN", "PI", "SYNPAYER1"), List.of(
                        new Receiver276(EntityName.organization("41", "TEST CLINIC", "46", provider), List.of(
                                new Provider276(EntityName.organization("1P", "TEST CLINIC", "XX", Test837.NPI),
                                        subscribers)))))));
        byte[] bytes = X12Toolkit.writeTyped(List.of(request), Envelope.of(provider, "SYNPAYER1"),
                ControlNumbers.startingAt(7), Delimiters.DEFAULT);
        assertThat(X12Toolkit.validate(bytes)).isEmpty();
        return bytes;
    }

    private static String pcn() {
        return "RC" + String.format("%010d", Math.abs(UUID.randomUUID().getLeastSignificantBits() % 10_000_000_000L));
    }

    /** No deductible left, copay 25.00, coinsurance 20 %: a 125.00 visit (allowed 100.00) is paid 60.00. */
    private static String member(String id) {
        given().contentType(ContentType.JSON).body(List.of(Map.of("payerId", "SYNPAYER1", "memberId", id, "lastName",
                "DOE", "firstName", "JANE", "birthDate", "1980-01-01", "sex", "F", "copay", "25.00",
                "coinsurancePercent", "20.00", "deductibleRemaining", "0.00"))).post("/members").then()
                .statusCode(201);
        return id;
    }
}
