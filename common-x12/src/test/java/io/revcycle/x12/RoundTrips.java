package io.revcycle.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.spi.TransactionSupport;

/** Record → write → read → equal record with no finding: the round trip the guides' tests share. */
public final class RoundTrips {

    public static final Envelope ENVELOPE = Envelope.of("PROVIDER01", "PAYER01")
            .withCreated(LocalDateTime.of(2026, 3, 14, 9, 26));

    /** The default delimiters, no line breaks, unusual separators with CRLF, and a line feed as terminator. */
    public static final List<Delimiters> DELIMITERS = List.of(Delimiters.DEFAULT,
            new Delimiters('~', '*', ':', '^', ""), new Delimiters('~', '|', '>', '!', "\r\n"),
            new Delimiters('\n', '*', ':', '^', ""));

    private RoundTrips() {
    }

    public static <T> void roundTrip(TransactionSupport<T> support, List<T> values, Delimiters delimiters) {
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

    /** 510 generated values in 17 interchanges of 30 transaction sets, the delimiters rotating. */
    public static <T> void roundTrip510(TransactionSupport<T> support, Supplier<T> generated) {
        for (int batch = 0; batch < 17; batch++) {
            List<T> values = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                values.add(generated.get());
            }
            roundTrip(support, values, DELIMITERS.get(batch % DELIMITERS.size()));
        }
    }
}
