package io.revcycle.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.SnipLevel;

/**
 * The public 837 examples in {@code <repo>/../shared/samples/x12} (skipped when the folder is absent): each reads into
 * typed claims without a syntax (SNIP 1) finding, its remaining findings are exactly the known gaps of the example
 * (listed in docs/claims-837.md), and what the writer makes of the records reads back equal.
 */
class Claim837SamplesTest {

    /** The findings each example truly has: "code segment-position" in document order. */
    static final Map<String, List<String>> KNOWN = Map.of(
            // '>' is used inside composites although ISA16 declares ':' as the component separator, so CLM05, HI01
            // and SV101 are one long first component; the HI and the lines are then not recognised, the diagnosis
            // pointer points at nothing; NM109 1234567890 of the billing provider fails the NPI check digit
            "lfh__837_005010X222A2_demo.cob.2ndary.example4.837", List.of(
                    "ELEMENT_TOO_LONG 19", "REQUIRED_ELEMENT_MISSING 19", "REQUIRED_ELEMENT_MISSING 19",
                    "UNUSED_SEGMENT_PRESENT 24", "ELEMENT_TOO_LONG 24", "UNUSED_SEGMENT_PRESENT 25",
                    "UNUSED_SEGMENT_PRESENT 26", "ELEMENT_TOO_LONG 26", "UNUSED_SEGMENT_PRESENT 27",
                    "UNUSED_SEGMENT_PRESENT 28", "837_DIAGNOSIS_POINTER 26", "837_NPI 7"),
            "lfh__837_005010X222A2_demo.drug.example10.1.837", List.of(),
            "lfh__837_005010X222A2_demo.example1.837", List.of(),
            // CLM06 is not used in 837I; DTP*434 statement dates must be a range (RD8); NPI 9876540809 fails the
            // check digit
            "lfh__837_005010X223A3_institutional-claim.837i", List.of("UNUSED_ELEMENT_PRESENT 20",
                    "INVALID_CODE_VALUE 21", "837_NPI 8"),
            // CLM06 is not used in 837I (both claims); NPIs 1234567890 and 9999999999 fail the check digit
            "lfh__837_005010X223A3_two-claims-single-provider.837i", List.of("UNUSED_ELEMENT_PRESENT 19",
                    "UNUSED_ELEMENT_PRESENT 39", "837_NPI 8", "837_NPI 43"));

    static Stream<Arguments> samples() throws IOException {
        Path dir = samplesDir();
        Assumptions.assumeTrue(dir != null, "no shared samples folder");
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().startsWith("lfh__837_")).sorted()
                    .forEach(p -> out.add(Arguments.of(p.getFileName().toString(), p)));
        }
        Assumptions.assumeFalse(out.isEmpty(), "no 837 samples");
        return out.stream();
    }

    static Path samplesDir() {
        return io.revcycle.x12.SampleFiles.folderIfPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void shouldReadSampleWithoutSyntaxFindingsAndRoundTrip(String name, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        TypedResult<Claim837> read = X12Toolkit.readTyped(bytes, Claim837.class);

        assertThat(read.values()).as(name).hasSize(1);
        assertThat(read.findings()).as(name).filteredOn(f -> f.level() == SnipLevel.SYNTAX).isEmpty();
        assertThat(read.findings()).as(name)
                .extracting(f -> f.code() + " " + f.location().segmentPosition())
                .containsExactlyElementsOf(KNOWN.getOrDefault(name, List.of()));

        Claim837 claim = read.values().get(0);
        assertThat(claim.claims()).as(name).isNotEmpty();
        byte[] rewritten = claim instanceof Claim837P p
                ? Claim837RoundTripTest.write(new Professional837Support(), List.of(p), Delimiters.DEFAULT)
                : Claim837RoundTripTest.write(new Institutional837Support(), List.of((Claim837I) claim),
                        Delimiters.DEFAULT);
        TypedResult<Claim837> back = X12Toolkit.readTyped(rewritten, Claim837.class);
        Claim837RoundTripTest.assertEqualRecords(back.values(), read.values(), name);
        assertThat(back.findings()).as(name).filteredOn(f -> f.level() == SnipLevel.SYNTAX)
                .extracting(Finding::toString).isEmpty();
    }
}
