package io.revcycle.x12.status;

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

/** Record → write → read → equal record, with no finding, for many generated 276 and 277 shapes. */
class StatusRoundTripTest {

    static final Envelope ENVELOPE = Envelope.of("PROVIDER01", "PAYER01")
            .withCreated(LocalDateTime.of(2026, 3, 14, 9, 26));

    static final List<Delimiters> DELIMITERS = List.of(Delimiters.DEFAULT, new Delimiters('~', '*', ':', '^', ""),
            new Delimiters('~', '|', '>', '!', "\r\n"), new Delimiters('\n', '*', ':', '^', ""));

    static <T> void roundTrip(TransactionSupport<T> support, List<T> values, Delimiters delimiters) {
        byte[] bytes = X12Toolkit.writeTyped(support, values, ENVELOPE, ControlNumbers.startingAt(501), delimiters);
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
        assertThat(TransactionCatalog.find("276", "005010X212")).get().isInstanceOf(ClaimStatusRequest276Support.class);
        assertThat(TransactionCatalog.find("277", "005010X212")).get()
                .isInstanceOf(ClaimStatusResponse277Support.class);
        assertThat(TransactionCatalog.of(ClaimStatusRequest276.class).functionalIdentifier()).isEqualTo("HR");
        assertThat(TransactionCatalog.of(ClaimStatusResponse277.class).functionalIdentifier()).isEqualTo("HN");
    }

    @Test
    void shouldRoundTrip510Generated276Transactions() {
        StatusGenerator gen = new StatusGenerator(276L);
        TransactionSupport<ClaimStatusRequest276> support = new ClaimStatusRequest276Support();
        for (int batch = 0; batch < 17; batch++) {
            List<ClaimStatusRequest276> values = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                values.add(gen.request());
            }
            roundTrip(support, values, DELIMITERS.get(batch % DELIMITERS.size()));
        }
    }

    @Test
    void shouldRoundTrip510Generated277Transactions() {
        StatusGenerator gen = new StatusGenerator(277L);
        TransactionSupport<ClaimStatusResponse277> support = new ClaimStatusResponse277Support();
        for (int batch = 0; batch < 17; batch++) {
            List<ClaimStatusResponse277> values = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                values.add(gen.response());
            }
            roundTrip(support, values, DELIMITERS.get(batch % DELIMITERS.size()));
        }
    }
}
