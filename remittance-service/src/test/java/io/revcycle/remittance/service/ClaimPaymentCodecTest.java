package io.revcycle.remittance.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClaimPaymentCodecTest {

    private static ReceivedClaimPayment payment(String interest) {
        return new ReceivedClaimPayment("RC0000000001", "1", new BigDecimal("100.00"), new BigDecimal("60.00"),
                new BigDecimal("20.00"), "PCN-1", List.of(), List.of("MA01"),
                List.of(new ReceivedClaimPayment.Line(1, "1", "99213", new BigDecimal("100.00"),
                        new BigDecimal("60.00"), new BigDecimal("80.00"), BigDecimal.ONE,
                        List.of(new PostRemittanceCommand.Adjustment("CO", "45", new BigDecimal("20.00")),
                                new PostRemittanceCommand.Adjustment("PR", "3", new BigDecimal("20.00"))),
                        List.of())),
                interest == null ? null : new BigDecimal(interest));
    }

    @Test
    void shouldStoreAPaymentWithoutInterestAsBeforeInterestWasRecorded() {
        String json = ClaimPaymentCodec.encode(payment("0.00"));

        assertThat(json).doesNotContain("interest");
        assertThat(ClaimPaymentCodec.decode(json)).isEqualTo(payment("0.00"));
        assertThat(ClaimPaymentCodec.decode(json).interest()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void shouldKeepInterestExactly() {
        String json = ClaimPaymentCodec.encode(payment("2.35"));

        assertThat(json).contains("\"interest\":2.35");
        assertThat(ClaimPaymentCodec.decode(json).interest()).isEqualTo(new BigDecimal("2.35"));
    }

    @Test
    void shouldFingerprintTheSamePaymentOfTheSameTraceAlikeAndAnotherTraceApart() {
        String content = ClaimPaymentCodec.encode(payment(null));

        String first = ClaimPaymentCodec.fingerprint("SYNPAYER1", "CHK1", "IN-1", content);

        assertThat(ClaimPaymentCodec.fingerprint("SYNPAYER1", "CHK1", "IN-2", content)).isEqualTo(first).hasSize(64);
        assertThat(ClaimPaymentCodec.fingerprint("SYNPAYER1", "CHK2", "IN-1", content)).isNotEqualTo(first);
        assertThat(ClaimPaymentCodec.fingerprint("SYNPAYER1", null, "IN-1", content))
                .isNotEqualTo(ClaimPaymentCodec.fingerprint("SYNPAYER1", null, "IN-2", content));
    }
}
