package io.revcycle.remittance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.revcycle.remittance.domain.Outcome;
import io.revcycle.messaging.PermanentEventException;

class RemittanceCalculatorTest {

    @Test
    void shouldComputeAmountsAndDeniedLinesExactly() {
        Adjudication a = RemittanceCalculator.adjudicate(remittance("1",
                line(1, "185.00", "148.00", "88.40", List.of(), adj("CO", "45", "37.00"), adj("PR", "1", "30.00"),
                        adj("PR", "3", "25.00"), adj("PR", "2", "4.60")),
                line(2, "75.00", "0.00", "0.00", List.of("N115"), adj("CO", "50", "75.00"))));

        assertThat(a.outcome()).isEqualTo(Outcome.PARTIALLY_DENIED);
        assertThat(a.allowedAmount()).isEqualTo(money("148.00"));
        assertThat(a.paidAmount()).isEqualTo(money("88.40"));
        assertThat(a.patientResponsibility()).isEqualTo(money("59.60"));
        assertThat(a.contractualAdjustment()).isEqualTo(money("37.00"));
        assertThat(a.deniedAmount()).isEqualTo(money("75.00"));
        assertThat(a.deniedLines()).containsExactly(2);
        assertThat(a.deductible()).isEqualTo(money("30.00"));
        assertThat(a.coinsurance()).isEqualTo(money("4.60"));
        assertThat(a.copay()).isEqualTo(money("25.00"));
    }

    @Test
    void shouldCountEveryContractualReasonOfTheRulesNotOnlyCo45() {
        // 100.00 = paid 76.80 + CO-45 20.00 + CO-253 sequestration 1.60 + OA-23 prior payer 1.60 (not contractual)
        Adjudication a = RemittanceCalculator.adjudicate(remittance("1", line(1, "100.00", "80.00", "76.80",
                List.of(), adj("CO", "45", "20.00"), adj("CO", "253", "1.60"), adj("OA", "23", "1.60"))));

        assertThat(a.contractualAdjustment()).isEqualTo(money("21.60"));
        assertThat(a.adjustedAmount()).isEqualTo(money("23.20"));
        assertThat(a.deniedAmount()).isEqualTo(money("0.00"));
    }

    @Test
    void shouldTakeThePaidAmountFromClp04WhenClaimLevelAdjustmentsReduceIt() {
        PostRemittanceCommand r = remittance("1", line(1, "100.00", "80.00", "80.00", List.of(),
                adj("CO", "45", "20.00")));
        Adjudication a = RemittanceCalculator.adjudicate(new PostRemittanceCommand(r.eventId(), r.claimId(),
                r.encounterId(), r.payerId(), r.patientControlNumber(), r.payerClaimControlNumber(),
                r.claimStatusCode(), r.totalCharge(), r.lines(), List.of(adj("OA", "23", "5.00")), List.of(),
                money("75.00")));

        assertThat(a.paidAmount()).isEqualTo(money("75.00"));
        assertThat(a.allowedAmount()).isEqualTo(money("80.00"));
        assertThat(a.adjustedAmount()).isEqualTo(money("25.00"));
        assertThat(a.patientResponsibility()).isEqualTo(money("0.00"));
    }

    @Test
    void shouldPostAReversalAsTheNegativeOfThePayment() {
        Adjudication a = RemittanceCalculator.adjudicate(remittance("22", line(1, "-100.00", "-80.00", "-60.00",
                List.of(), adj("CO", "45", "-20.00"), adj("PR", "3", "-20.00"))));

        assertThat(a.paidAmount()).isEqualTo(money("-60.00"));
        assertThat(a.allowedAmount()).isEqualTo(money("-80.00"));
        assertThat(a.patientResponsibility()).isEqualTo(money("-20.00"));
        assertThat(a.copay()).isEqualTo(money("-20.00"));
        assertThat(a.contractualAdjustment()).isEqualTo(money("-20.00"));
        assertThat(a.adjustedAmount()).isEqualTo(money("-40.00"));
    }

    @Test
    void shouldCountClaimLevelAdjustmentsInTheClaimTotals() {
        PostRemittanceCommand r = remittance("1", line(1, "100.00", "80.00", "80.00", List.of(),
                adj("CO", "45", "20.00")));
        Adjudication a = RemittanceCalculator.adjudicate(new PostRemittanceCommand(r.eventId(), r.claimId(),
                r.encounterId(), r.payerId(), r.patientControlNumber(), r.payerClaimControlNumber(),
                r.claimStatusCode(), r.totalCharge(), r.lines(), List.of(adj("PR", "1", "15.00")), List.of("MA01")));

        assertThat(a.patientResponsibility()).isEqualTo(money("15.00"));
        assertThat(a.deductible()).isEqualTo(money("15.00"));
        assertThat(a.contractualAdjustment()).isEqualTo(money("20.00"));
        assertThat(a.paidAmount()).isEqualTo(money("80.00"));
    }

    @Test
    void shouldCountOnlyCo45AsContractual() {
        Adjudication a = RemittanceCalculator.adjudicate(remittance("1",
                line(1, "100.00", "70.00", "60.00", List.of(), adj("CO", "45", "20.00"), adj("OA", "23", "10.00"),
                        adj("PR", "3", "10.00"))));

        assertThat(a.outcome()).isEqualTo(Outcome.PAID);
        assertThat(a.contractualAdjustment()).isEqualTo(money("20.00"));
        assertThat(a.patientResponsibility()).isEqualTo(money("10.00"));
        assertThat(a.deniedAmount()).isEqualTo(money("0.00"));
    }

    @Test
    void shouldNotDenyALineWhoseZeroAllowedIsOnlyPatientResponsibility() {
        Adjudication a = RemittanceCalculator.adjudicate(remittance("1",
                line(1, "40.00", "0.00", "0.00", List.of(), adj("PR", "1", "40.00"))));

        assertThat(a.deniedLines()).isEmpty();
        assertThat(a.outcome()).isEqualTo(Outcome.PAID);
    }

    @Test
    void shouldCountEachAdjustmentOfADeniedLineOnceAsContractualPatientOrDenied() {
        // line 1 denied: 200.00 = CO-45 30.00 (contract) + CO-50 150.00 (denied) + PR-96 20.00 (patient);
        // line 2 paid: 100.00 = paid 80.00 + CO-45 20.00
        Adjudication a = RemittanceCalculator.adjudicate(remittance("1",
                line(1, "200.00", "0.00", "0.00", List.of("N115"), adj("CO", "45", "30.00"), adj("CO", "50", "150.00"),
                        adj("PR", "96", "20.00")),
                line(2, "100.00", "80.00", "80.00", List.of(), adj("CO", "45", "20.00"))));

        assertThat(a.outcome()).isEqualTo(Outcome.PARTIALLY_DENIED);
        assertThat(a.deniedLines()).containsExactly(1);
        assertThat(a.deniedAmount()).isEqualTo(money("150.00"));
        assertThat(a.contractualAdjustment()).isEqualTo(money("50.00"));
        assertThat(a.patientResponsibility()).isEqualTo(money("20.00"));
        assertThat(a.adjustedAmount()).isEqualTo(money("220.00"))
                .isEqualTo(a.deniedAmount().add(a.contractualAdjustment()).add(a.patientResponsibility()));
    }

    @Test
    void shouldNotDenyALineWrittenOffByContractAlone() {
        Adjudication a = RemittanceCalculator.adjudicate(remittance("1",
                line(1, "60.00", "0.00", "0.00", List.of(), adj("CO", "45", "60.00"))));

        assertThat(a.deniedLines()).isEmpty();
        assertThat(a.deniedAmount()).isEqualTo(money("0.00"));
        assertThat(a.contractualAdjustment()).isEqualTo(money("60.00"));
        assertThat(a.outcome()).isEqualTo(Outcome.PAID);
    }

    @Test
    void shouldNotDenyASecondaryLinePaidNothingBecauseThePrimaryLeftNothing() {
        // a secondary's 835 without AMT*B6 (allowed taken as paid + the patient's share, ClaimLineMatcher): line 1
        // settled by the primary (OA-23 of the whole charge), paid 0.00; line 2: 120.00 = OA-23 100.00 (the
        // primary's share) + paid 15.00 + PR-2 5.00
        PostRemittanceCommand matched = remittance("2",
                line(1, "15.00", "0.00", "0.00", List.of(), adj("OA", "23", "15.00")),
                line(2, "120.00", "20.00", "15.00", List.of(), adj("OA", "23", "100.00"), adj("PR", "2", "5.00")));

        Adjudication a = RemittanceCalculator.adjudicate(matched, ContractualAdjustments.SHIPPED.of("SYNPAYER2"),
                true);

        assertThat(a.deniedLines()).isEmpty();
        assertThat(a.deniedAmount()).isEqualTo(money("0.00"));
        assertThat(a.outcome()).isEqualTo(Outcome.PAID);
        assertThat(a.paidAmount()).isEqualTo(money("15.00"));
        assertThat(a.patientResponsibility()).isEqualTo(money("5.00"));
        // the same remittance as a primary's: the payer names a prior payer the provider did not bill, a denial
        assertThat(RemittanceCalculator.adjudicate(matched, ContractualAdjustments.SHIPPED.of("SYNPAYER2"))
                .deniedLines()).containsExactly(1);
    }

    @Test
    void shouldCountOnlyTheSecondarysOwnDenialOnALineWithThePrimarysShare() {
        // 200.00 = OA-23 150.00 (the primary's share) + CO-50 50.00 (the secondary denies the rest): 50.00 denied
        Adjudication a = RemittanceCalculator.adjudicate(remittance("2", line(1, "200.00", "0.00", "0.00",
                List.of(), adj("OA", "23", "150.00"), adj("CO", "50", "50.00"))),
                ContractualAdjustments.SHIPPED.of("SYNPAYER2"), true);

        assertThat(a.deniedLines()).containsExactly(1);
        assertThat(a.deniedAmount()).isEqualTo(money("50.00"));
    }

    @Test
    void shouldDenyTheWholeClaimForStatus4OrWhenEveryLineIsDenied() {
        var deniedLine = line(1, "75.00", "0.00", "0.00", List.of("N115"), adj("CO", "50", "75.00"));
        assertThat(RemittanceCalculator.adjudicate(remittance("4", deniedLine)).outcome()).isEqualTo(Outcome.DENIED);
        assertThat(RemittanceCalculator.adjudicate(remittance("1", deniedLine)).outcome()).isEqualTo(Outcome.DENIED);
    }

    @Test
    void shouldRejectAnUnbalancedLineWithAClearReason() {
        assertThatThrownBy(() -> RemittanceCalculator.adjudicate(remittance("1",
                line(1, "185.00", "148.00", "88.40", List.of(), adj("CO", "45", "37.00")))))
                .isInstanceOf(PermanentEventException.class)
                .hasMessage("unbalanced remittance for claim CLM-1: line 1 charge 185.00 != paid 88.40 + adjustments 37.00");
    }

    @Test
    void shouldRejectUnknownGroupCodesAndEmptyRemittances() {
        assertThatThrownBy(() -> RemittanceCalculator.adjudicate(remittance("1",
                line(1, "10.00", "0.00", "0.00", List.of(), adj("XX", "1", "10.00")))))
                .hasMessageContaining("unknown adjustment group code 'XX'");
        assertThatThrownBy(() -> RemittanceCalculator.adjudicate(remittance("1")))
                .hasMessage("remittance for claim CLM-1 has no lines");
    }

    private static PostRemittanceCommand remittance(String status, PostRemittanceCommand.Line... lines) {
        return new PostRemittanceCommand(UUID.randomUUID(), "CLM-1", "1", "SYNPAYER1", "RC0000000001", "PCN-1",
                status, money("0.00"), List.of(lines), List.of(), List.of());
    }

    private static PostRemittanceCommand.Line line(int number, String charge, String allowed, String paid,
            List<String> remarks, PostRemittanceCommand.Adjustment... adjustments) {
        return new PostRemittanceCommand.Line(number, "99213", String.valueOf(number), null, money(charge),
                money(allowed), money(paid), List.of(adjustments), remarks);
    }

    private static PostRemittanceCommand.Adjustment adj(String group, String reason, String amount) {
        return new PostRemittanceCommand.Adjustment(group, reason, money(amount));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
