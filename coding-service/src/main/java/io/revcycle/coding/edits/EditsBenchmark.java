package io.revcycle.coding.edits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.revcycle.coding.content.ContentSnapshot;
import io.revcycle.coding.content.ShippedContent;

/**
 * {@code ./revcycle bench coding [--encounters N] [--seed S]}: encounters checked per second by the edits engine on
 * one thread over a seeded batch, against the shipped content read straight from the curated files (no database:
 * this measures the engine, not SQL). Not a test; the README records a result.
 */
public final class EditsBenchmark {

    static final String[] DIAGNOSES = { "E11.9", "I10", "J06.9", "M54.50", "R05.9", "E78.5", "K21.9", "J45.909",
        "N39.0", "R51.9", "F41.1", "M25.561", "J02.9", "E11.65", "E03.9", "F32.A", "G47.33", "I48.91", "J44.9",
        "M17.11", "N18.31", "R07.9", "Z00.00", "Z23", "N40.1", "O80", "G63", "E11", "M54.5", "R05", "Z99.99" };
    static final String[] PROCEDURES = { "99213", "99214", "99203", "36415", "80053", "85025", "83036", "93000",
        "93010", "71046", "97110", "20610", "76942", "96372", "J1100", "G0439", "87880", "97161", "97530" };
    static final String[] MODIFIERS = { "25", "59", "XU", "RT", "LT", "91" };

    private EditsBenchmark() {
    }

    public static void main(String[] args) {
        int encounters = Integer.parseInt(option(args, "--encounters", "200000"));
        long seed = Long.parseLong(option(args, "--seed", "20261127"));
        ContentSnapshot content = ShippedContent.snapshot();
        List<ClaimToCheck> batch = generate(encounters, seed);

        run(content, generate(Math.min(encounters, 50_000), seed + 1)); // warm-up: let the JIT compile the engine
        long start = System.nanoTime();
        Map<Severity, Integer> findings = run(content, batch);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "edits engine: %d encounters in %.2f s on one thread = %,.0f encounters/s "
                + "(seed %d; %d errors, %d warnings; %d rules; Java %s, %d CPU(s) visible)%n", encounters, seconds,
                encounters / seconds, seed, findings.get(Severity.ERROR), findings.get(Severity.WARNING),
                EditsEngine.RULES.size(), Runtime.version(), Runtime.getRuntime().availableProcessors());
    }

    static Map<Severity, Integer> run(ContentSnapshot content, List<ClaimToCheck> batch) {
        Map<Severity, Integer> counts = new EnumMap<>(Map.of(Severity.ERROR, 0, Severity.WARNING, 0));
        for (ClaimToCheck claim : batch) {
            for (Finding f : EditsEngine.check(claim, content)) {
                counts.merge(f.severity(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Office-visit-like encounters over 2021-2026 (so Oct 1 cut-overs are crossed), mostly clean. */
    static List<ClaimToCheck> generate(int count, long seed) {
        Random random = new Random(seed);
        List<ClaimToCheck> claims = new ArrayList<>(count);
        LocalDate first = LocalDate.of(2021, 1, 4);
        for (int i = 0; i < count; i++) {
            int dxCount = 1 + random.nextInt(4);
            List<String> dx = new ArrayList<>(dxCount);
            for (int d = 0; d < dxCount; d++) {
                dx.add(DIAGNOSES[random.nextInt(DIAGNOSES.length)]);
            }
            int lineCount = 1 + random.nextInt(4);
            List<ClaimToCheck.Line> lines = new ArrayList<>(lineCount);
            for (int l = 0; l < lineCount; l++) {
                List<String> modifiers = random.nextInt(5) == 0 ? List.of(MODIFIERS[random.nextInt(MODIFIERS.length)])
                        : List.of();
                lines.add(new ClaimToCheck.Line(l + 1, PROCEDURES[random.nextInt(PROCEDURES.length)], modifiers,
                        1 + random.nextInt(2), List.of(1 + random.nextInt(dxCount))));
            }
            claims.add(new ClaimToCheck(first.plusDays(random.nextInt(2000)), random.nextBoolean() ? "F" : "M",
                    random.nextInt(90), random.nextInt(10) == 0 ? "22" : "11", dx, lines));
        }
        return claims;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
