package io.revcycle.x12.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.revcycle.x12.X12Document;
import io.revcycle.x12.X12Reader;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.X12Writer;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.SnipLevel;

/**
 * Every public sample in {@code <repo root>/../shared/samples/x12} (skipped when absent) reads in one pass, writes back
 * to the same envelopes and loop trees, maps to typed records without a mapping failure, and has exactly the SNIP 1
 * findings it truly has (the guide-level findings are listed per guide in the guides' docs).
 */
class X12SamplesTest {

    /** The true syntax errors of the public examples, by file. Every other sample has none. */
    private static final Map<String, List<String>> SYNTAX_FINDINGS = Map.of(
            // GS05 "102497" is not an HHMM[SS] time; IEA02 000000001 is not ISA13 000000286
            "ims__837_5010_x12_999_accepted.txt", List.of("INVALID_TIME", "INTERCHANGE_CONTROL_NUMBER_MISMATCH"),
            // SE02 4323 is not ST02 4321
            "lfh__271_005010X279A1_subscriber-health-benefit-check-error.271",
            List.of("TRANSACTION_CONTROL_NUMBER_MISMATCH"),
            // BPR16 20002316 has month 23
            "lfh__835_005010X221A1_managed-care.835", List.of("INVALID_DATE"));

    private static List<Path> samples() throws Exception {
        Path dir = Fixtures.samples();
        Assumptions.assumeTrue(dir != null, "samples folder ../shared/samples/x12 is absent");
        try (var files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().startsWith("LICENSE")
                    && !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void shouldReadEverySampleWithOnlyItsTrueSyntaxFindings() throws Exception {
        List<Path> files = samples();
        assertThat(files).hasSizeGreaterThanOrEqualTo(18);
        for (Path p : files) {
            String name = p.getFileName().toString();
            X12Document doc = X12Reader.read(Files.readAllBytes(p));
            assertThat(doc.interchanges()).as(name).hasSize(1);
            assertThat(doc.interchanges().get(0).groups().get(0).transactions()).as(name).isNotEmpty();
            assertThat(doc.findings()).as(name).noneMatch(f -> f.code().equals("UNSUPPORTED_TRANSACTION")
                    || f.code().equals("SCHEMA_UNAVAILABLE") || f.code().equals("SYNTAX_BROKEN"));
            assertThat(doc.findings().stream().filter(f -> f.level() == SnipLevel.SYNTAX).map(Finding::code))
                    .as(name + ": " + doc.findings()).containsExactlyElementsOf(SYNTAX_FINDINGS.getOrDefault(name,
                            List.of()));
        }
    }

    @Test
    void shouldWriteEverySampleBackToTheSameEnvelopesAndLoops() throws Exception {
        for (Path p : samples()) {
            X12Document doc = X12Reader.read(Files.readAllBytes(p));
            X12Document again = X12Reader.read(X12Writer.write(doc.interchanges(), doc.delimiters()));
            assertThat(again.interchanges()).as(p.getFileName().toString()).isEqualTo(doc.interchanges());
            assertThat(again.delimiters()).isEqualTo(doc.delimiters());
        }
    }

    @Test
    void shouldMapEverySampleWithoutAMappingFailure() throws Exception {
        for (Path p : samples()) {
            List<Finding> all = X12Toolkit.validate(Files.readAllBytes(p));
            assertThat(all).as(p.getFileName().toString())
                    .noneMatch(f -> f.code().equals("MAPPING_FAILED") || f.code().equals("CHECK_FAILED"));
        }
    }
}
