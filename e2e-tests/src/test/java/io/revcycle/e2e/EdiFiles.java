package io.revcycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.revcycle.x12.X12ParserCrossCheck;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.validate.Finding;

/** Checks on the X12 files a run exchanged, in two independent readings. */
final class EdiFiles {

    private EdiFiles() {
    }

    /**
     * Every file validates clean with common-x12 (SNIP 1-4) and com.imsweb:x12-parser 1.13 reads it without errors
     * (its known false positives excluded by exact message, see X12ParserCrossCheck).
     */
    static void assertAllCleanInBothReadings(List<Path> files) throws Exception {
        assertThat(files).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            List<Finding> errors = X12Toolkit.validate(bytes).stream().filter(Finding::isError).toList();
            if (!errors.isEmpty()) {
                problems.add(f.getFileName() + " common-x12: " + errors);
            }
            List<String> other = X12ParserCrossCheck.errors(bytes);
            if (!other.isEmpty()) {
                problems.add(f.getFileName() + " x12-parser: " + other);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The public sample files of these types (by the ST01/guide in their names), sorted. */
    static List<Path> samples(Path folder, String... types) throws IOException {
        Set<String> wanted = Set.of(types);
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> wanted.stream().anyMatch(t -> typeOf(p.getFileName().toString()).equals(t)))
                    .sorted().toList();
        }
    }

    private static String typeOf(String name) {
        if (name.contains("277CA")) {
            return "277CA";
        }
        if (name.contains("_999_")) {
            return "999";
        }
        if (name.endsWith(".835")) {
            return "835";
        }
        return "";
    }
}
