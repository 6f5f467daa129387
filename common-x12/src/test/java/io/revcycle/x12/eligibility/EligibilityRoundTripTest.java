package io.revcycle.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.TransactionCatalog;
import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.spi.TransactionSupport;

/** Record → write → read → equal record, with no finding, for many generated 270 and 271 shapes. */
class EligibilityRoundTripTest {

    static final Envelope ENVELOPE = Envelope.of("PROVIDER01", "PAYER01")
            .withCreated(LocalDateTime.of(2026, 3, 14, 9, 26));

    static final List<Delimiters> DELIMITERS = List.of(Delimiters.DEFAULT, new Delimiters('~', '*', ':', '^', ""),
            new Delimiters('~', '|', '>', '!', "\r\n"), new Delimiters('\n', '*', ':', '^', ""));

    static <T> void roundTrip(TransactionSupport<T> support, List<T> values, Delimiters delimiters) {
        byte[] bytes = X12Toolkit.writeTyped(support, values, ENVELOPE, ControlNumbers.startingAt(1001), delimiters);
        TypedResult<T> read = X12Toolkit.readTyped(bytes, support.type());
        assertThat(read.findings()).as(() -> new String(bytes, StandardCharsets.US_ASCII)).isEmpty();
        assertThat(read.values()).hasSize(values.size());
        for (int i = 0; i < values.size(); i++) {
            int n = i;
            assertThat(read.values().get(i)).as(() -> "transaction " + n + "\n"
                    + new String(bytes, StandardCharsets.US_ASCII)).isEqualTo(values.get(i));
        }
    }

    @Test
    void shouldRegisterBothGuidesInTheCatalog() {
        assertThat(TransactionCatalog.find("270", "005010X279A1")).get()
                .isInstanceOf(EligibilityInquiry270Support.class);
        assertThat(TransactionCatalog.find("271", "005010X279A1")).get()
                .isInstanceOf(EligibilityResponse271Support.class);
        assertThat(TransactionCatalog.of(EligibilityInquiry270.class).functionalIdentifier()).isEqualTo("HS");
        assertThat(TransactionCatalog.of(EligibilityResponse271.class).functionalIdentifier()).isEqualTo("HB");
    }

    @Test
    void shouldRoundTrip510Generated270Transactions() {
        EligibilityGenerator gen = new EligibilityGenerator(270L);
        TransactionSupport<EligibilityInquiry270> support = new EligibilityInquiry270Support();
        for (int batch = 0; batch < 17; batch++) {
            List<EligibilityInquiry270> values = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                values.add(gen.inquiry());
            }
            roundTrip(support, values, DELIMITERS.get(batch % DELIMITERS.size()));
        }
    }

    @Test
    void shouldRoundTrip510Generated271Transactions() {
        EligibilityGenerator gen = new EligibilityGenerator(271L);
        TransactionSupport<EligibilityResponse271> support = new EligibilityResponse271Support();
        for (int batch = 0; batch < 17; batch++) {
            List<EligibilityResponse271> values = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                values.add(gen.response());
            }
            roundTrip(support, values, DELIMITERS.get(batch % DELIMITERS.size()));
        }
    }
}
