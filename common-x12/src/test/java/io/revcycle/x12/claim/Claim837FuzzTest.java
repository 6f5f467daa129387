package io.revcycle.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.fuzz.Mutator;
import io.revcycle.x12.validate.Finding;

/**
 * Mutated 837P / 837I inputs (seeds: the valid rule fixtures and one larger generated transaction per guide) give
 * findings or typed results, never an exception, a failed mapping/rule or a hang. {@code -Dx12.claims.fuzz.iterations}
 * (default 100,000 per guide) and {@code -Dx12.claims.fuzz.seconds} (default 15 per guide, 0 = no bound) size it.
 */
class Claim837FuzzTest {

    private static final int ITERATIONS = Integer.getInteger("x12.claims.fuzz.iterations", 100_000);
    private static final long SECONDS = Long.getLong("x12.claims.fuzz.seconds", 5);

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void shouldNeverThrowOnMutatedProfessionalClaims() {
        fuzz(List.of(Claim837RulesTest.interchange(Claim837RulesTest.P_BODY, "005010X222A1"),
                generated(false)), 8371L);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void shouldNeverThrowOnMutatedInstitutionalClaims() {
        fuzz(List.of(Claim837RulesTest.interchange(Claim837RulesTest.I_BODY, "005010X223A2"),
                generated(true)), 8372L);
    }

    private static byte[] generated(boolean inst) {
        Claim837 c = new Claim837Generator(77, inst).next();
        return c instanceof Claim837P p
                ? Claim837RoundTripTest.write(new Professional837Support(), List.of(p),
                        io.revcycle.x12.model.Delimiters.DEFAULT)
                : Claim837RoundTripTest.write(new Institutional837Support(), List.of((Claim837I) c),
                        io.revcycle.x12.model.Delimiters.DEFAULT);
    }

    private static void fuzz(List<byte[]> seeds, long seed) {
        // warm-up: the first read loads the schema
        seeds.forEach(b -> assertThat(X12Toolkit.readTyped(b, Claim837.class).findings()).isEmpty());
        Mutator mutator = new Mutator(seed);
        long deadline = SECONDS <= 0 ? Long.MAX_VALUE : System.nanoTime() + SECONDS * 1_000_000_000L;
        List<String> failures = new ArrayList<>();
        int done = 0;
        long slowest = 0;
        for (int i = 0; i < ITERATIONS && System.nanoTime() < deadline && failures.isEmpty(); i++) {
            // mostly the small fixture (fast), every 20th the larger generated transaction
            byte[] input = mutator.mutate(seeds.get(i % 20 == 19 ? 1 : 0));
            long start = System.nanoTime();
            try {
                TypedResult<Claim837> r = X12Toolkit.readTyped(input, Claim837.class);
                for (Finding f : r.findings()) {
                    if (f.code().equals("MAPPING_FAILED") || f.code().equals("CHECK_FAILED")) {
                        failures.add(f + "\n" + new String(input, StandardCharsets.ISO_8859_1));
                    }
                }
            } catch (Throwable e) {
                failures.add("escaped " + e + "\n" + new String(input, StandardCharsets.ISO_8859_1));
            }
            slowest = Math.max(slowest, System.nanoTime() - start);
            done++;
        }
        System.out.printf("Claim837FuzzTest: %d mutants (slowest %d ms)%n", done, slowest / 1_000_000);
        assertThat(failures).isEmpty();
        assertThat(slowest).as("slowest input in ns").isLessThan(5_000_000_000L);
        if (SECONDS <= 0) {
            assertThat(done).isEqualTo(ITERATIONS);
        }
    }
}
