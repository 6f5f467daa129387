package io.revcycle.payersim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.events.Adjustment;
import io.revcycle.events.ClaimLine;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.ExpectedBenefits;
import io.revcycle.events.RemittanceLine;
import io.revcycle.events.RemittanceReceived;
import io.revcycle.events.Topics;
import io.revcycle.messaging.EventHeaders;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

@QuarkusTest
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "payer_simulator"))
class PayerSimulatorTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void shouldAdjudicateWithContractualDeductibleCopayAndCoinsurance() {
        ClaimSubmitted claim = claim("SYNPAYER1", line(1, "99214", "185.00"), line(2, "36415", "15.00"));

        TestEvents.publish(Topics.CLAIM_SUBMITTED, claim.getClaimId(), claim);
        RemittanceReceived r = TestEvents.awaitEvent(Topics.PAYER_REMITTANCE, RemittanceReceived.class,
                e -> e.getClaimId().equals(claim.getClaimId()), WAIT);

        // SYNPAYER1 allows 80%: 148.00 and 12.00. Deductible 50.00 comes first, then copay 25.00, then 20%.
        RemittanceLine l1 = r.getLines().get(0);
        assertThat(l1.getAllowed()).isEqualByComparingTo("148.00");
        assertThat(amounts(l1.getAdjustments())).containsExactly("CO-45=37.00", "PR-1=50.00", "PR-3=25.00", "PR-2=14.60");
        assertThat(l1.getPaid()).isEqualByComparingTo("58.40");
        RemittanceLine l2 = r.getLines().get(1);
        assertThat(amounts(l2.getAdjustments())).containsExactly("CO-45=3.00", "PR-2=2.40");
        assertThat(l2.getPaid()).isEqualByComparingTo("9.60");
        assertThat(r.getPaidAmount()).isEqualByComparingTo("68.00");
        assertThat(r.getPatientResponsibility()).isEqualByComparingTo("92.00");
        assertThat(r.getClaimStatusCode()).isEqualTo("1");
        for (RemittanceLine l : r.getLines()) {
            BigDecimal adjusted = l.getAdjustments().stream().map(Adjustment::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(l.getPaid().add(adjusted)).as("line balances").isEqualByComparingTo(l.getCharge());
        }
        given().get("/adjudications/" + claim.getClaimId()).then().statusCode(200)
                .body("paidAmount", equalTo(68.00f));
    }

    @Test
    void shouldDenyTheWholeClaimWhenEveryLineIsDenied() {
        ClaimSubmitted claim = claim("SYNPAYER2", line(1, "97110", "75.00"));

        TestEvents.publish(Topics.CLAIM_SUBMITTED, claim.getClaimId(), claim);
        RemittanceReceived r = TestEvents.awaitEvent(Topics.PAYER_REMITTANCE, RemittanceReceived.class,
                e -> e.getClaimId().equals(claim.getClaimId()), WAIT);

        assertThat(r.getClaimStatusCode()).isEqualTo("4");
        assertThat(r.getPaidAmount()).isEqualByComparingTo("0.00");
        assertThat(amounts(r.getLines().get(0).getAdjustments())).containsExactly("CO-50=75.00");
        assertThat(r.getLines().get(0).getRemarkCodes()).containsExactly("N115");
    }

    @Test
    void shouldAnswerADuplicateClaimEventOnce() {
        ClaimSubmitted claim = claim("SYNPAYER1", line(1, "99213", "125.00"));
        ClaimSubmitted marker = claim("SYNPAYER1", line(1, "99212", "85.00"));

        TestEvents.publish(Topics.CLAIM_SUBMITTED, claim.getClaimId(), claim);
        TestEvents.publish(Topics.CLAIM_SUBMITTED, claim.getClaimId(), claim);
        // the same claim re-sent under a new event id is not paid twice either
        ClaimSubmitted resent = ClaimSubmitted.newBuilder(claim).setEventId(UUID.randomUUID()).build();
        TestEvents.publish(Topics.CLAIM_SUBMITTED, claim.getClaimId(), resent);
        TestEvents.publish(Topics.CLAIM_SUBMITTED, marker.getClaimId(), marker);

        TestEvents.awaitEvent(Topics.PAYER_REMITTANCE, RemittanceReceived.class,
                e -> e.getClaimId().equals(marker.getClaimId()), WAIT);
        List<RemittanceReceived> answers = TestEvents.awaitEvents(Topics.PAYER_REMITTANCE, RemittanceReceived.class,
                e -> e.getClaimId().equals(claim.getClaimId()), 1, Duration.ofSeconds(3));
        assertThat(answers).hasSize(1);
    }

    @Test
    void shouldDeadLetterUndecodableBytesAndKeepFlowing() {
        String key = "poison-" + UUID.randomUUID();
        TestEvents.publishRaw(Topics.CLAIM_SUBMITTED, key, "not avro".getBytes(StandardCharsets.UTF_8));
        ClaimSubmitted next = claim("SYNPAYER1", line(1, "99213", "125.00"));
        TestEvents.publish(Topics.CLAIM_SUBMITTED, next.getClaimId(), next);

        var letters = TestEvents.readRaw(Topics.deadLetterOf(Topics.CLAIM_SUBMITTED), WAIT,
                rs -> rs.stream().anyMatch(r -> key.equals(r.key())));
        var letter = letters.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
        assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_REASON)).isNotBlank();
        assertThat(EventHeaders.get(letter.headers(), EventHeaders.DLQ_CONSUMER)).isEqualTo("payer-simulator." + Topics.CLAIM_SUBMITTED);
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("not avro");
        TestEvents.awaitEvent(Topics.PAYER_REMITTANCE, RemittanceReceived.class,
                e -> e.getClaimId().equals(next.getClaimId()), WAIT);
    }

    @Test
    void shouldAnswerProblemJsonForAnUnknownClaim() {
        given().get("/adjudications/CLM-nope").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    private static List<String> amounts(List<Adjustment> adjustments) {
        return adjustments.stream().map(a -> a.getGroupCode() + "-" + a.getReasonCode() + "=" + a.getAmount().toPlainString()).toList();
    }

    private static ClaimLine line(int n, String code, String charge) {
        return ClaimLine.newBuilder().setLineNumber(n).setProcedureCode(code).setModifiers(List.of()).setUnits(1)
                .setDiagnosisPointers(List.of(1)).setCharge(new BigDecimal(charge)).build();
    }

    private static ClaimSubmitted claim(String payer, ClaimLine... lines) {
        String encounterId = "ENC-" + UUID.randomUUID();
        BigDecimal total = List.of(lines).stream().map(ClaimLine::getCharge).reduce(new BigDecimal("0.00"), BigDecimal::add);
        return ClaimSubmitted.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setClaimId("CLM-" + encounterId).setEncounterId(encounterId).setPatientId("PAT-1").setPayerId(payer)
                .setMemberId("M1").setBillingProviderNpi("1234567893").setRenderingProviderNpi("1234567893")
                .setPlaceOfService("11").setDateOfService(LocalDate.of(2026, 3, 2)).setDiagnosisCodes(List.of("I10"))
                .setTotalCharge(total).setLines(List.of(lines))
                .setBenefits(ExpectedBenefits.newBuilder().setCopay(new BigDecimal("25.00"))
                        .setCoinsurancePercent(new BigDecimal("20.00")).setDeductibleRemaining(new BigDecimal("50.00")).build())
                .build();
    }
}
