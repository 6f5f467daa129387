package io.revcycle.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Estimates checked against figures worked out by hand. */
class PatientEstimateTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void shouldTakeDeductibleThenOneCopayThenCoinsuranceLineByLine() {
        // 99214 at 185.00 and 36415 at 15.00 (the seeded chargemaster); copay 25.00, coinsurance 20 %, deductible
        // left 150.00, out of pocket left 2350.00.
        // line 1: deductible 150.00 of 185.00 -> 35.00 left; copay 25.00 -> 10.00; coinsurance 2.00; payer 8.00
        // line 2: no deductible or copay left; coinsurance 3.00 of 15.00; payer 12.00
        // patient 150.00 + 25.00 + 2.00 + 3.00 = 180.00; payer 8.00 + 12.00 = 20.00
        PatientEstimate e = PatientEstimate.of(List.of(d("185.00"), d("15.00")), d("25.00"), d("20.00"), d("150.00"),
                d("2350.00"));

        assertThat(e.lines()).extracting(PatientEstimate.Line::deductible, PatientEstimate.Line::copay,
                PatientEstimate.Line::coinsurance, PatientEstimate.Line::expectedPayerPayment)
                .containsExactly(tuple(d("150.00"), d("25.00"), d("2.00"), d("8.00")),
                        tuple(d("0.00"), d("0.00"), d("3.00"), d("12.00")));
        assertThat(e.expectedAllowed()).isEqualTo(d("200.00"));
        assertThat(e.deductible()).isEqualTo(d("150.00"));
        assertThat(e.copay()).isEqualTo(d("25.00"));
        assertThat(e.coinsurance()).isEqualTo(d("5.00"));
        assertThat(e.patientShare()).isEqualTo(d("180.00"));
        assertThat(e.expectedPayerPayment()).isEqualTo(d("20.00"));
    }

    @Test
    void shouldStopAtTheOutOfPocketMaximumAndRoundCoinsuranceHalfUp() {
        // 100.00 of out of pocket left: deductible 100.00 (of the 150.00 left) and nothing more; payer 85.00 + 15.00
        PatientEstimate capped = PatientEstimate.of(List.of(d("185.00"), d("15.00")), d("25.00"), d("20.00"),
                d("150.00"), d("100.00"));
        assertThat(capped.patientShare()).isEqualTo(d("100.00"));
        assertThat(capped.expectedPayerPayment()).isEqualTo(d("100.00"));

        // deductible met, copay 0, 15 % of 33.33 = 4.9995 -> 5.00
        PatientEstimate rounded = PatientEstimate.of(List.of(d("33.33")), d("0.00"), d("15.00"), d("0.00"), null);
        assertThat(rounded.coinsurance()).isEqualTo(d("5.00"));
        assertThat(rounded.expectedPayerPayment()).isEqualTo(d("28.33"));
    }
}
