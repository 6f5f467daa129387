package io.revcycle.remittance.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.revcycle.remittance.domain.Outcome;

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
    void shouldDenyTheWholeClaimForStatus4OrWhenEveryLineIsDenied() {
        var deniedLine = line(1, "75.00", "0.00", "0.00", List.of("N115"), adj("CO", "50", "75.00"));
        assertThat(RemittanceCalculator.adjudicate(remittance("4", deniedLine)).outcome()).isEqualTo(Outcome.DENIED);
        assertThat(RemittanceCalculator.adjudicate(remittance("1", deniedLine)).outcome()).isEqualTo(Outcome.DENIED);
    }

    @Test
    void shouldRejectAnUnbalancedLineWithAClearReason() {
        assertThatThrownBy(() -> RemittanceCalculator.adjudicate(remittance("1",
                line(1, "185.00", "148.00", "88.40", List.of(), adj("CO", "45", "37.00")))))
                .isInstanceOf(InvalidEventException.class)
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
        return new PostRemittanceCommand(UUID.randomUUID(), "CLM-1", "1", "SYNPAYER1", "PCN-1", status,
                money("0.00"), List.of(lines));
    }

    private static PostRemittanceCommand.Line line(int number, String charge, String allowed, String paid,
            List<String> remarks, PostRemittanceCommand.Adjustment... adjustments) {
        return new PostRemittanceCommand.Line(number, "99213", money(charge), money(allowed), money(paid),
                List.of(adjustments), remarks);
    }

    private static PostRemittanceCommand.Adjustment adj(String group, String reason, String amount) {
        return new PostRemittanceCommand.Adjustment(group, reason, money(amount));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
