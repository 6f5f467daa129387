package io.revcycle.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.spi.TransactionSupport;
import io.revcycle.x12.validate.Finding;

class Claim837RoundTripTest {

    static final Envelope ENVELOPE = Envelope.of("SUBMITTER", "PAYER").withCreated(LocalDateTime.of(2024, 5, 6, 7, 8));
    static final Delimiters ODD = new Delimiters('\n', '|', '>', '!', "");

    static <T extends Claim837> byte[] write(TransactionSupport<T> support, List<T> values, Delimiters d) {
        return X12Toolkit.writeTyped(support, values, ENVELOPE, ControlNumbers.startingAt(1), d);
    }

    @Test
    void shouldRoundTripGeneratedProfessionalClaims() {
        roundTrip(new Professional837Support(), false, 600, Claim837P.class);
    }

    @Test
    void shouldRoundTripGeneratedInstitutionalClaims() {
        roundTrip(new Institutional837Support(), true, 600, Claim837I.class);
    }

    /** Equality with a short message: the first place where the two renderings differ. */
    static void assertEqualRecords(Object actual, Object expected, String what) {
        if (!actual.equals(expected)) {
            String a = String.valueOf(actual);
            String e = String.valueOf(expected);
            int i = 0;
            while (i < a.length() && i < e.length() && a.charAt(i) == e.charAt(i)) {
                i++;
            }
            int from = Math.max(0, i - 300);
            throw new AssertionError(what + " differ at " + i + ":\n expected ..." + e.substring(from,
                    Math.min(e.length(), i + 200)) + "\n actual   ..."
                    + a.substring(from, Math.min(a.length(), i + 200)));
        }
    }

    private <T extends Claim837> void roundTrip(TransactionSupport<T> support, boolean inst, int count,
            Class<T> type) {
        int written = 0;
        for (int seed = 0; seed < count; seed += 3) {
            List<T> batch = new ArrayList<>();
            for (int s = seed; s < seed + 3 && s < count; s++) {
                batch.add(type.cast(new Claim837Generator(s, inst).next()));
            }
            Delimiters d = seed % 7 == 0 ? ODD : Delimiters.DEFAULT;
            byte[] bytes = write(support, batch, d);
            TypedResult<T> back = X12Toolkit.readTyped(bytes, type);
            assertThat(back.findings()).as("findings for seeds %d..%d:%n%s", seed, seed + 2, new String(bytes))
                    .extracting(Finding::toString).isEmpty();
            assertEqualRecords(back.values(), batch, "seeds " + seed + ".." + (seed + 2));
            written += batch.size();
        }
        assertThat(written).isEqualTo(count);
    }
}
