package io.revcycle.x12.eligibility;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.spi.TransactionSupport;
import io.revcycle.x12.status.ClaimStatusRequest276Support;
import io.revcycle.x12.status.ClaimStatusResponse277Support;
import io.revcycle.x12.status.StatusGeneratorAccess;

/**
 * Writes the fuzz seeds of the 270, 271, 276 and 277 ({@code src/main/resources/io/revcycle/x12/examples/<ST01>-<guide>
 * .x12}) from the seeded generators: per guide, the generated transaction with the most distinct segment ids under
 * 1,300 bytes (small seeds keep the 100,000 mutants per guide fast). Run from the module directory:
 * {@code java -cp target/classes:target/test-classes:<staedi jar> io.revcycle.x12.eligibility.FuzzSeedWriter}.
 */
public final class FuzzSeedWriter {

    private FuzzSeedWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/io/revcycle/x12/examples");
        EligibilityGenerator e = new EligibilityGenerator(90210L);
        write(dir, new EligibilityInquiry270Support(), e::inquiry);
        write(dir, new EligibilityResponse271Support(), e::response);
        write(dir, new ClaimStatusRequest276Support(), StatusGeneratorAccess.requests(90210L));
        write(dir, new ClaimStatusResponse277Support(), StatusGeneratorAccess.responses(90210L));
    }

    static final Envelope ENVELOPE = Envelope.of("SUBMITTER01", "RECEIVER01")
            .withCreated(LocalDateTime.of(2026, 3, 14, 9, 26));

    private static <T> void write(Path dir, TransactionSupport<T> support, Supplier<T> generator) throws IOException {
        List<T> best = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            T v = generator.get();
            String text = new String(X12Toolkit.writeTyped(support, List.of(v), ENVELOPE, ControlNumbers.startingAt(1),
                    Delimiters.DEFAULT), StandardCharsets.US_ASCII);
            if (text.length() > 1300) {
                continue;
            }
            Set<String> ids = new HashSet<>();
            for (String s : text.split("~\n")) {
                ids.add(s.split("\\*", 2)[0]);
            }
            int score = ids.size() * 10000 + text.length();
            if (best.isEmpty()) {
                best.add(v);
                scores.add(score);
            } else if (score > scores.get(0)) {
                best.set(0, v);
                scores.set(0, score);
            }
        }
        byte[] bytes = X12Toolkit.writeTyped(support, best, ENVELOPE, ControlNumbers.startingAt(1), Delimiters.DEFAULT);
        Path file = dir.resolve(support.transactionSetId() + "-" + support.implementationReference() + ".x12");
        Files.createDirectories(dir);
        Files.write(file, bytes);
        System.out.println(file + ": " + bytes.length + " bytes");
    }
}
