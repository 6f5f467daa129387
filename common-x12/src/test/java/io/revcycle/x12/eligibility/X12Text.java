package io.revcycle.x12.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.SnipLevel;

/** Hand-written transaction sets for negative tests: the segments between ST and SE, wrapped in envelopes. */
public final class X12Text {

    private X12Text() {
    }

    /** ISA/GS/ST + segments + SE/GE/IEA with correct counts and control numbers; '~' after each segment. */
    public static byte[] wrap(String gs01, String st01, String guide, List<String> segments) {
        List<String> all = new ArrayList<>();
        all.add("ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER01     *260314*0926*^*00501*000000001*0*T*:");
        all.add("GS*" + gs01 + "*SUBMITTER01*RECEIVER01*20260314*0926*1*X*" + guide);
        all.add("ST*" + st01 + "*0001*" + guide);
        all.addAll(segments);
        all.add("SE*" + (segments.size() + 2) + "*0001");
        all.add("GE*1*1");
        all.add("IEA*1*000000001");
        return (String.join("~\n", all) + "~\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Replaces the first segment equal to {@code segment} (without terminator); fails when absent. */
    public static List<String> replace(List<String> segments, String segment, String... with) {
        List<String> out = new ArrayList<>(segments);
        int i = out.indexOf(segment);
        assertThat(i).as("segment " + segment + " in the template").isGreaterThanOrEqualTo(0);
        out.remove(i);
        out.addAll(i, Arrays.asList(with));
        return out;
    }

    public static List<Finding> validate(byte[] bytes) {
        List<Finding> findings = X12Toolkit.validate(bytes);
        findings.forEach(f -> System.out.println("  " + f));
        return findings;
    }

    /** Exactly the findings with this code; fails when there are none. */
    public static List<Finding> withCode(List<Finding> findings, String code) {
        List<Finding> out = findings.stream().filter(f -> f.code().equals(code)).toList();
        assertThat(out).as("findings with code " + code + " in " + findings).isNotEmpty();
        return out;
    }

    /** Asserts one finding with the code, at the segment (id and 1-based position in the set), loop and element. */
    public static Finding expect(List<Finding> findings, String code, SnipLevel level, String segmentId,
            int segmentPosition, String loopId, int element) {
        List<Finding> found = withCode(findings, code);
        assertThat(found).as(code + " findings").hasSize(1);
        Finding f = found.get(0);
        assertThat(f.level()).as(code + " level").isEqualTo(level);
        assertThat(f.location().segmentId()).as(code + " segment").isEqualTo(segmentId);
        assertThat(f.location().segmentPosition()).as(code + " segment position").isEqualTo(segmentPosition);
        assertThat(f.location().loopId()).as(code + " loop").isEqualTo(loopId);
        assertThat(f.location().elementPosition()).as(code + " element").isEqualTo(element);
        assertThat(f.location().transactionControlNumber()).isEqualTo("0001");
        assertThat(f.location().interchangeControlNumber()).isEqualTo("000000001");
        assertThat(f.location().groupControlNumber()).isEqualTo("1");
        assertThat(f.message()).isNotBlank();
        return f;
    }
}
