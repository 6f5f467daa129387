package io.revcycle.x12.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.revcycle.x12.TransactionCatalog;
import io.revcycle.x12.X12Reader;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.Location;
import io.revcycle.x12.validate.SnipLevel;

/**
 * Reader findings on a hand-written 837P (the 837P fuzz seed, 36 segments, with one defect each): the code, the 999
 * code and the location with its IG loop id.
 */
class X12GuideNegativeTest {

    private static String claim() throws Exception {
        Assumptions.assumeTrue(TransactionCatalog.find("837", "005010X222A1").isPresent(), "837P not registered");
        try (InputStream in = X12GuideNegativeTest.class.getResourceAsStream(
                "/io/revcycle/x12/examples/837-005010X222A1.x12")) {
            Assumptions.assumeTrue(in != null, "837P seed absent");
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Assumptions.assumeTrue(X12Reader.read(s.getBytes(StandardCharsets.UTF_8)).findings().isEmpty(),
                    "837P seed not clean");
            return s;
        }
    }

    private static List<Finding> findings(String x12) {
        return X12Reader.read(x12.getBytes(StandardCharsets.UTF_8)).findings();
    }

    private static Location at(int position, String segment, String loop, int element) {
        return new Location("000000001", "1", "0001", position, segment, loop, element, 0);
    }

    @Test
    void shouldReportAMissingClaimChargeInLoop2300() throws Exception {
        List<Finding> f = findings(claim().replace("CLM*PCN1*150.00***", "CLM*PCN1****"));

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("REQUIRED_ELEMENT_MISSING");
            assertThat(x.x12ErrorCode()).isEqualTo("1");
            assertThat(x.level()).isEqualTo(SnipLevel.IMPLEMENTATION_GUIDE);
            assertThat(x.location()).isEqualTo(at(16, "CLM", "2300", 2));
            assertThat(x.message()).startsWith("CLM02").contains("is missing: it is required in loop 2300");
        });
    }

    @Test
    void shouldReportAnInvalidSubscriberCodeInLoop2000B() throws Exception {
        List<Finding> f = findings(claim().replace("SBR*P*18", "SBR*Z*18"));

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("INVALID_CODE_VALUE");
            assertThat(x.location()).isEqualTo(at(12, "SBR", "2000B", 1));
        });
    }

    @Test
    void shouldReportATooLongStateCodeInLoop2010AA() throws Exception {
        List<Finding> f = findings(claim().replace("N4*MIAMI*FL*", "N4*MIAMI*FLA*"));

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("ELEMENT_TOO_LONG");
            assertThat(x.x12ErrorCode()).isEqualTo("5");
            assertThat(x.location()).isEqualTo(at(9, "N4", "2010AA", 2));
        });
    }

    @Test
    void shouldReportAMissingRequiredPayerLoopByItsFirstSegment() throws Exception {
        List<Finding> f = findings(claim().replace("NM1*PR*2*PAYER*****PI*P1~\n", "").replace("SE*36*", "SE*35*"));

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("LOOP_UNDER_MINIMUM");
            assertThat(x.x12ErrorCode()).isEqualTo("I7");
            assertThat(x.location().segmentId()).isEqualTo("NM1");
            assertThat(x.location().loopId()).isEqualTo("2010BB");
            assertThat(x.message()).startsWith("Loop 2010BB (NM1) occurs fewer times than the guide requires");
        });
    }

    @Test
    void shouldReportSegmentsOutOfSequence() throws Exception {
        List<Finding> f = findings(claim().replace("N3*1 MAIN ST~\nN4*MIAMI*FL*33101~\n",
                "N4*MIAMI*FL*33101~\nN3*1 MAIN ST~\n"));

        assertThat(f).extracting(Finding::code).contains("SEGMENT_OUT_OF_SEQUENCE");
        assertThat(f).filteredOn(x -> x.code().equals("SEGMENT_OUT_OF_SEQUENCE")).first()
                .satisfies(x -> assertThat(x.location()).isEqualTo(at(9, "N3", "2010AA", 0)));
    }

    @Test
    void shouldReportAWrongSegmentCountOfAClaim() throws Exception {
        List<Finding> f = findings(claim().replace("SE*36*0001", "SE*35*0001"));

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("SEGMENT_COUNT");
            assertThat(x.location()).isEqualTo(new Location("000000001", "1", "0001", 36, "SE", null, 1, 0));
        });
    }
}
