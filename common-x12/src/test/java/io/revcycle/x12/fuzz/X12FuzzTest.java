package io.revcycle.x12.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.revcycle.x12.TransactionCatalog;
import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.spi.TransactionSupport;
import io.revcycle.x12.validate.Finding;

/**
 * The module's one fuzz test. Seeds are {@code src/main/resources/io/revcycle/x12/examples/<ST01>-<guide>.x12} (one per
 * guide, small so that mutants read fast) plus optional larger ones {@code <ST01>-<guide>.<label>.x12}; every 20th
 * mutant of a guide is taken from those. Each mutant goes through {@link X12Toolkit#readTyped} with the guide's type
 * on two threads. No exception may escape, no typed mapping or rule may throw (MAPPING_FAILED / CHECK_FAILED findings)
 * and no single input may take more than 5 s (a watchdog fails the test on a hang, and each read is timed).
 *
 * <p>
 * {@code -Dx12.fuzz.iterations=N} sets the mutants per guide (default 100000), {@code -Dx12.fuzz.seconds=S} bounds the
 * time per guide (default 5, so that all guides stay under a minute in CI; 0 = no bound: every guide reads all N
 * mutants, which is the acceptance run, see README) and {@code -Dx12.fuzz.guide=837-005010X222A1,270} limits the run
 * to some guides ({@code <ST01>-<guide>} or just {@code <ST01>}, comma-separated; default all).
 */
class X12FuzzTest {

    private static final int ITERATIONS = Integer.getInteger("x12.fuzz.iterations", 100_000);
    private static final long SECONDS = Long.getLong("x12.fuzz.seconds", 5);
    private static final List<String> GUIDE_FILTER = Arrays.stream(System.getProperty("x12.fuzz.guide", "").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).toList();
    private static final long SLOW_NANOS = 5_000_000_000L;
    private static final int THREADS = 2;
    /** One mutant in this many comes from a guide's larger seeds, when it has some (they read slower). */
    private static final int LARGE_SEED_EVERY = 20;

    record Seed(String file, byte[] bytes) {
    }

    /** A guide ({@code <ST01>-<guide>}), its catalog entry (null when unknown), its small seed first. */
    record Guide(String name, TransactionSupport<?> support, List<Seed> seeds) {

        Seed seedFor(long mutant) {
            if (seeds.size() == 1 || mutant % LARGE_SEED_EVERY != LARGE_SEED_EVERY - 1) {
                return seeds.get(0);
            }
            return seeds.get(1 + (int) (mutant / LARGE_SEED_EVERY % (seeds.size() - 1)));
        }
    }

    /** The guides that have seeds, restricted by {@code -Dx12.fuzz.guide}. */
    static List<Guide> guides() throws Exception {
        URL dir = X12FuzzTest.class.getResource("/io/revcycle/x12/examples");
        if (dir == null) {
            return List.of();
        }
        Map<String, List<Seed>> byGuide = new TreeMap<>();
        try (var files = Files.list(Path.of(dir.toURI()))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".x12")).toList()) {
                String file = p.getFileName().toString();
                String guide = file.substring(0, file.indexOf('.'));
                byGuide.computeIfAbsent(guide, g -> new ArrayList<>()).add(new Seed(file, Files.readAllBytes(p)));
            }
        }
        List<Guide> guides = new ArrayList<>();
        byGuide.forEach((name, seeds) -> {
            // the small seed <name>.x12 first, then the larger ones by file name
            seeds.sort(Comparator.comparing((Seed s) -> !s.file().equals(name + ".x12")).thenComparing(Seed::file));
            String[] parts = name.split("-", 2);
            Optional<TransactionSupport<?>> s = parts.length == 2 ? TransactionCatalog.find(parts[0], parts[1])
                    : Optional.empty();
            guides.add(new Guide(name, s.orElse(null), List.copyOf(seeds)));
        });
        if (GUIDE_FILTER.isEmpty()) {
            return guides;
        }
        List<Guide> selected = guides.stream()
                .filter(g -> GUIDE_FILTER.contains(g.name()) || GUIDE_FILTER.contains(g.name().split("-", 2)[0]))
                .toList();
        assertThat(selected).as("guides matching -Dx12.fuzz.guide=%s among %s", String.join(",", GUIDE_FILTER),
                guides.stream().map(Guide::name).toList()).isNotEmpty();
        return selected;
    }

    @Test
    void shouldHaveAValidSeedForEveryGuide() throws Exception {
        List<Guide> guides = guides();
        Assumptions.assumeFalse(guides.isEmpty(), "no fuzz seeds");
        if (GUIDE_FILTER.isEmpty()) {
            assertThat(guides).as("guides with a fuzz seed").extracting(Guide::name)
                    .containsAll(TransactionCatalog.all().stream()
                            .map(s -> s.transactionSetId() + "-" + s.implementationReference()).toList());
        }
        for (Guide g : guides) {
            assertThat(g.support()).as("guide %s is in the catalog", g.name()).isNotNull();
            assertThat(g.seeds().get(0).file()).as("small seed of %s", g.name()).isEqualTo(g.name() + ".x12");
            for (Seed s : g.seeds()) {
                TypedResult<?> r = X12Toolkit.readTyped(s.bytes(), g.support().type());
                assertThat(r.findings()).as("findings of seed %s", s.file()).extracting(Finding::toString).isEmpty();
                assertThat(r.values()).as("typed records of seed %s", s.file()).hasSize(1);
            }
        }
    }

    // no JUnit @Timeout: the acceptance run (-Dx12.fuzz.seconds=0) takes as long as the machine needs, and the
    // watchdog already fails a single hanging input
    @Test
    void shouldNeverThrowOrHangOnMutatedInputs() throws Exception {
        List<Guide> guides = guides().stream().filter(g -> g.support() != null).toList();
        Assumptions.assumeFalse(guides.isEmpty(), "no fuzz seeds");
        Map<String, String> failures = new ConcurrentHashMap<>();
        Map<String, Long> counts = new TreeMap<>();
        Map<String, String> slowest = new TreeMap<>();
        long started = System.nanoTime();
        for (Guide guide : guides) {
            AtomicLong slowestNanos = new AtomicLong();
            counts.put(guide.name(), fuzz(guide, failures, slowestNanos));
            slowest.put(guide.name(), slowestNanos.get() / 1_000_000 + " ms");
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("X12FuzzTest: up to %d mutants per guide (bound %d s per guide) in %d s: %s; slowest input: %s%n",
                ITERATIONS, SECONDS, seconds, counts, slowest);
        assertThat(failures).as("guides whose mutants threw or hung").isEmpty();
        if (SECONDS <= 0) {
            assertThat(counts.values()).allMatch(c -> c >= ITERATIONS);
        }
    }

    /** Runs the mutants of one guide on {@link #THREADS} threads; returns how many were read. */
    private static long fuzz(Guide guide, Map<String, String> failures, AtomicLong slowest)
            throws InterruptedException {
        // warm-up: the first read of a guide loads its schema and classes, which is not what the watchdog times
        for (int i = 0; i < 3; i++) {
            guide.seeds().forEach(s -> X12Toolkit.readTyped(s.bytes(), guide.support().type()));
        }
        AtomicLong done = new AtomicLong();
        long deadline = SECONDS <= 0 ? Long.MAX_VALUE : System.nanoTime() + SECONDS * 1_000_000_000L;
        AtomicReference<String> failure = new AtomicReference<>();
        AtomicLongArray inputStart = new AtomicLongArray(THREADS);
        AtomicReferenceArray<byte[]> current = new AtomicReferenceArray<>(THREADS);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < THREADS; w++) {
            int worker = w;
            Thread t = new Thread(() -> {
                Mutator mutator = new Mutator(guide.name().hashCode() * 31L + worker);
                int share = ITERATIONS / THREADS + (worker < ITERATIONS % THREADS ? 1 : 0);
                for (int i = 0; i < share && failure.get() == null && System.nanoTime() < deadline; i++) {
                    Seed seed = guide.seedFor(i);
                    byte[] input = mutator.mutate(seed.bytes());
                    current.set(worker, input);
                    long start = System.nanoTime();
                    inputStart.set(worker, start);
                    try {
                        TypedResult<?> r = X12Toolkit.readTyped(input, guide.support().type());
                        for (Finding f : r.findings()) {
                            if (f.code().equals("MAPPING_FAILED") || f.code().equals("CHECK_FAILED")) {
                                failure.compareAndSet(null, f + describe(seed, input));
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, "escaped: " + e + describe(seed, input));
                    }
                    long took = System.nanoTime() - start;
                    inputStart.set(worker, 0);
                    slowest.accumulateAndGet(took, Math::max);
                    // an input that ends between two watchdog looks is caught here
                    if (took > SLOW_NANOS) {
                        failure.compareAndSet(null, "an input took " + took / 1_000_000 + " ms" + describe(seed, input));
                    }
                    done.incrementAndGet();
                }
            }, "fuzz-" + guide.name() + "-" + w);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        // watchdog: a single input taking more than 5 s fails the test, even when it never ends
        boolean hung = false;
        while (!hung && workers.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(100);
            for (int w = 0; w < THREADS; w++) {
                long s = inputStart.get(w);
                if (s != 0 && System.nanoTime() - s > SLOW_NANOS) {
                    failure.compareAndSet(null, "an input took more than 5 s (still running)" + describe(null,
                            current.get(w)));
                    hung = true;
                }
            }
        }
        if (failure.get() != null) {
            failures.put(guide.name(), failure.get());
        }
        return done.get();
    }

    private static String describe(Seed seed, byte[] input) {
        return (seed == null ? "" : " (mutant of " + seed.file() + ")") + "\n--- input ---\n"
                + new String(input, StandardCharsets.ISO_8859_1);
    }
}
