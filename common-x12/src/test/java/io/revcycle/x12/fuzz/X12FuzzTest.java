package io.revcycle.x12.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.revcycle.x12.TransactionCatalog;
import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.spi.TransactionSupport;
import io.revcycle.x12.validate.Finding;

/**
 * Fuzzes every seed file in {@code src/test/resources/io/revcycle/x12/fuzz/<ST01>-<guide>.x12} (one per guide,
 * written by the guide's helper) with {@link Mutator}: each mutant goes through {@link X12Toolkit#readTyped} with the
 * guide's type. No exception may escape, no typed mapping or rule may throw (MAPPING_FAILED / CHECK_FAILED findings),
 * and no single input may take more than 5 s (a watchdog fails the test).
 *
 * <p>
 * {@code -Dx12.fuzz.iterations=N} sets the mutants per guide (default 100000) and {@code -Dx12.fuzz.seconds=S} bounds
 * the time per guide (default 8, so that all guides stay near 90 s on a shared 2-core machine; 0 = no bound). StAEDI
 * reads a mutant of a small seed in 0.2 to 2 ms depending on the load, so the default run reaches the full count only
 * on an idle machine; the acceptance run is {@code -Dx12.fuzz.seconds=0} (see README).
 */
class X12FuzzTest {

    private static final int ITERATIONS = Integer.getInteger("x12.fuzz.iterations", 100_000);
    private static final long SECONDS = Long.getLong("x12.fuzz.seconds", 8);
    private static final long SLOW_NANOS = 5_000_000_000L;
    private static final int THREADS = 2;

    record Seed(String name, byte[] bytes, TransactionSupport<?> support) {
    }

    static List<Seed> seeds() throws Exception {
        URL dir = X12FuzzTest.class.getResource("/io/revcycle/x12/fuzz");
        List<Seed> seeds = new ArrayList<>();
        if (dir == null) {
            return seeds;
        }
        try (var files = Files.list(Path.of(dir.toURI()))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".x12")).sorted().toList()) {
                String name = p.getFileName().toString().replace(".x12", "");
                String[] parts = name.split("-", 2);
                Optional<TransactionSupport<?>> s = parts.length == 2 ? TransactionCatalog.find(parts[0], parts[1])
                        : Optional.empty();
                seeds.add(new Seed(name, Files.readAllBytes(p), s.orElse(null)));
            }
        }
        return seeds;
    }

    @Test
    void shouldHaveAReadableSeedForEveryGuideFound() throws Exception {
        List<Seed> seeds = seeds();
        Assumptions.assumeFalse(seeds.isEmpty(), "no fuzz seeds");
        for (Seed s : seeds) {
            assertThat(s.support()).as("guide of seed %s is in the catalog", s.name()).isNotNull();
            TypedResult<?> r = X12Toolkit.readTyped(s.bytes(), s.support().type());
            assertThat(r.values()).as("seed %s reads into typed records", s.name()).isNotEmpty();
        }
    }

    @Test
    @Timeout(value = 30, unit = java.util.concurrent.TimeUnit.MINUTES)
    void shouldNeverThrowOrHangOnMutatedInputs() throws Exception {
        List<Seed> seeds = seeds().stream().filter(s -> s.support() != null).toList();
        Assumptions.assumeFalse(seeds.isEmpty(), "no fuzz seeds");
        Map<String, String> failures = new ConcurrentHashMap<>();
        Map<String, Long> counts = new TreeMap<>();
        long started = System.nanoTime();
        for (Seed seed : seeds) {
            counts.put(seed.name(), fuzz(seed, failures));
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("X12FuzzTest: up to %d mutants per guide (bound %d s per guide) in %d s: %s%n", ITERATIONS,
                SECONDS, seconds, counts);
        assertThat(failures).as("guides whose mutants threw or hung").isEmpty();
        if (SECONDS <= 0) {
            assertThat(counts.values()).allMatch(c -> c >= ITERATIONS);
        }
    }

    /** Runs the mutants of one seed on {@link #THREADS} threads; returns how many were read. */
    private static long fuzz(Seed seed, Map<String, String> failures) throws InterruptedException {
        // warm-up: the first read of a guide loads its schema and classes, which is not what the watchdog times
        for (int i = 0; i < 3; i++) {
            X12Toolkit.readTyped(seed.bytes(), seed.support().type());
        }
        AtomicLong done = new AtomicLong();
        long deadline = SECONDS <= 0 ? Long.MAX_VALUE : System.nanoTime() + SECONDS * 1_000_000_000L;
        AtomicReference<String> failure = new AtomicReference<>();
        long[] inputStart = new long[THREADS];
        byte[][] current = new byte[THREADS][];
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            int worker = w;
            Thread t = new Thread(() -> {
                Mutator mutator = new Mutator(seed.name().hashCode() * 31L + worker);
                int share = ITERATIONS / THREADS + (worker < ITERATIONS % THREADS ? 1 : 0);
                for (int i = 0; i < share && failure.get() == null && System.nanoTime() < deadline; i++) {
                    byte[] input = mutator.mutate(seed.bytes());
                    current[worker] = input;
                    inputStart[worker] = System.nanoTime();
                    try {
                        TypedResult<?> r = X12Toolkit.readTyped(input, seed.support().type());
                        for (Finding f : r.findings()) {
                            if (f.code().equals("MAPPING_FAILED") || f.code().equals("CHECK_FAILED")) {
                                failure.compareAndSet(null, f.message() + "\n--- input ---\n" + new String(input,
                                        java.nio.charset.StandardCharsets.ISO_8859_1));
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, "escaped: " + e + "\n--- input ---\n" + new String(input,
                                java.nio.charset.StandardCharsets.ISO_8859_1));
                    }
                    inputStart[worker] = 0;
                    done.incrementAndGet();
                }
            }, "fuzz-" + seed.name() + "-" + w);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        // watchdog: a single input taking more than 5 s fails the test
        while (workers.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(100);
            for (int w = 0; w < THREADS; w++) {
                long s = inputStart[w];
                if (s != 0 && System.nanoTime() - s > SLOW_NANOS) {
                    failure.compareAndSet(null, "an input took more than 5 s:\n" + new String(current[w],
                            java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
            if (failure.get() != null && failure.get().startsWith("an input took")) {
                break;
            }
        }
        if (failure.get() != null) {
            failures.put(seed.name(), failure.get());
        }
        return done.get();
    }
}
