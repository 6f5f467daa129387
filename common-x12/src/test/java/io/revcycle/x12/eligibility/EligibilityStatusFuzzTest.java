package io.revcycle.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.fuzz.Mutator;
import io.revcycle.x12.spi.TransactionSupport;
import io.revcycle.x12.status.ClaimStatusRequest276Support;
import io.revcycle.x12.status.ClaimStatusResponse277Support;
import io.revcycle.x12.validate.Finding;

/**
 * The fuzz seeds of the 270, 271, 276 and 277 read with no finding, and mutants of them never make the typed
 * mapping or the rules throw (the module's X12FuzzTest runs 100,000 mutants per guide; this focused run takes
 * {@code -Dx12.elig.fuzz.iterations=N} per guide, 1,000 by default, with a 5 s limit per input).
 */
class EligibilityStatusFuzzTest {

    static final int ITERATIONS = Integer.getInteger("x12.elig.fuzz.iterations", 1_000);

    /** {@code -Dx12.elig.fuzz.guides=270,277} limits the mutation run to some transaction sets (default: all four). */
    static final List<String> GUIDES = List.of(System.getProperty("x12.elig.fuzz.guides", "270,271,276,277").split(","));

    static final List<TransactionSupport<?>> SUPPORTS = List.of(new EligibilityInquiry270Support(),
            new EligibilityResponse271Support(), new ClaimStatusRequest276Support(),
            new ClaimStatusResponse277Support());

    static byte[] seed(TransactionSupport<?> s) {
        String resource = "/io/revcycle/x12/fuzz/" + s.transactionSetId() + "-" + s.implementationReference() + ".x12";
        try (InputStream in = EligibilityStatusFuzzTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void shouldHaveFuzzSeedsThatReadWithNoFinding() {
        for (TransactionSupport<?> s : SUPPORTS) {
            TypedResult<?> r = X12Toolkit.readTyped(seed(s), s.type());
            assertThat(r.findings()).as(s.transactionSetId()).isEmpty();
            assertThat(r.values()).as(s.transactionSetId()).hasSize(1);
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void shouldNeverThrowOnMutatedSeeds() {
        for (TransactionSupport<?> s : SUPPORTS) {
            if (!GUIDES.contains(s.transactionSetId())) {
                continue;
            }
            byte[] seed = seed(s);
            Mutator mutator = new Mutator(s.transactionSetId().hashCode());
            long slowest = 0;
            for (int i = 0; i < ITERATIONS; i++) {
                byte[] input = mutator.mutate(seed);
                long t0 = System.nanoTime();
                TypedResult<?> r;
                try {
                    r = X12Toolkit.readTyped(input, s.type());
                } catch (Throwable e) {
                    throw new AssertionError("escaped " + e + " on\n" + new String(input, StandardCharsets.ISO_8859_1),
                            e);
                }
                long took = System.nanoTime() - t0;
                slowest = Math.max(slowest, took);
                assertThat(took).as(() -> "input took over 5 s:\n" + new String(input, StandardCharsets.ISO_8859_1))
                        .isLessThan(5_000_000_000L);
                for (Finding f : r.findings()) {
                    assertThat(f.code()).as(() -> f + "\n" + new String(input, StandardCharsets.ISO_8859_1))
                            .isNotIn("MAPPING_FAILED", "CHECK_FAILED");
                }
            }
            System.out.printf("%s: %d mutants, slowest %d ms%n", s.transactionSetId(), ITERATIONS, slowest / 1_000_000);
        }
    }
}
