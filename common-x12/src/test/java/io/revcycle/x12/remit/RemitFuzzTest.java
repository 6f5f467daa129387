package io.revcycle.x12.remit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.claimack.ClaimAck277;
import io.revcycle.x12.fuzz.Mutator;
import io.revcycle.x12.validate.Finding;

/**
 * Fuzzes the 835 and 277CA seeds (src/test/resources/io/revcycle/x12/fuzz) through the typed readers: every mutant
 * gives a typed result with findings; no exception escapes, the typed mapping and the rules never fail
 * (MAPPING_FAILED / CHECK_FAILED) and no input takes more than 5 s. Bounded: {@code -Dx12.remit.fuzz.iterations}
 * mutants per guide (default 20000; the acceptance run uses 100000) within {@code -Dx12.remit.fuzz.seconds}
 * (default 20 per guide, 0 = no bound).
 */
class RemitFuzzTest {

    private static final int ITERATIONS = Integer.getInteger("x12.remit.fuzz.iterations", 20_000);
    private static final long SECONDS = Long.getLong("x12.remit.fuzz.seconds", 5);

    private static byte[] seed(String name) throws Exception {
        try (InputStream in = RemitFuzzTest.class.getResourceAsStream("/io/revcycle/x12/fuzz/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static <T> int fuzz(String name, Class<T> type) throws Exception {
        byte[] seed = seed(name);
        TypedResult<T> clean = X12Toolkit.readTyped(seed, type);
        assertThat(clean.findings()).as("the seed %s is valid", name).isEmpty();
        assertThat(clean.values()).hasSize(1);
        Mutator m = new Mutator(name.hashCode());
        long deadline = SECONDS == 0 ? Long.MAX_VALUE : System.nanoTime() + SECONDS * 1_000_000_000L;
        List<String> failures = new ArrayList<>();
        int done = 0;
        for (; done < ITERATIONS && System.nanoTime() < deadline; done++) {
            byte[] input = m.mutate(seed);
            long start = System.nanoTime();
            try {
                TypedResult<T> r = X12Toolkit.readTyped(input, type);
                for (Finding f : r.findings()) {
                    if (f.code().equals("MAPPING_FAILED") || f.code().equals("CHECK_FAILED")) {
                        failures.add(f + " for mutant " + done);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(e + " for mutant " + done);
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (ms > 5_000) {
                failures.add("mutant " + done + " took " + ms + " ms");
            }
            if (failures.size() > 5) {
                break;
            }
        }
        assertThat(failures).as(name).isEmpty();
        System.out.println("fuzzed " + name + ": " + done + " mutants");
        return done;
    }

    @Test
    @Timeout(value = 20, unit = java.util.concurrent.TimeUnit.MINUTES)
    void shouldGiveFindingsNeverExceptionsForMutated835s() throws Exception {
        assertThat(fuzz("835-005010X221A1.x12", Remittance835.class)).isPositive();
    }

    @Test
    @Timeout(value = 20, unit = java.util.concurrent.TimeUnit.MINUTES)
    void shouldGiveFindingsNeverExceptionsForMutated277CAs() throws Exception {
        assertThat(fuzz("277-005010X214.x12", ClaimAck277.class)).isPositive();
    }
}
