package io.revcycle.x12.claimack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.imsweb.x12.reader.X12Reader;
import com.imsweb.x12.reader.X12Reader.FileType;

import io.revcycle.x12.model.Delimiters;

/**
 * Independent cross-check: every 277CA our writer produces is read by com.imsweb:x12-parser 1.13 (its 005010X214
 * map, FileType ANSI837_5010_X214) without errors, except its known defects, each excluded by exact message.
 */
public class ClaimAck277CrossCheckTest {

    /**
     * x12-parser 1.13 defect: it does not end a service line loop (2220D) when the next claim of the same patient
     * starts (the TRN of a new 2200D), so it looks for that claim's STC, REF and DTP in the service line loop and
     * reports one of these messages. A patient with several claims, one of which has service lines, is valid in
     * 005010X214 (2200D repeats). They are excluded by exact message, and only for files that have that shape.
     */
    static final Set<String> LINE_LOOP_NOT_CLOSED = Set.of("Unable to find a matching segment format in loop 2220D",
            "DTP in loop 2220D appears too many times", "STC in loop 2220D appears too many times",
            "STC in loop 2220D is required but not found", "Segment STC in loop 2220D is not in the correct position.");

    public static List<String> errors(byte[] bytes) throws Exception {
        X12Reader reader = new X12Reader(FileType.ANSI837_5010_X214, new ByteArrayInputStream(bytes));
        List<String> errors = new ArrayList<>(reader.getErrors());
        errors.addAll(reader.getFatalErrors());
        if (claimFollowsServiceLines(new String(bytes, java.nio.charset.StandardCharsets.US_ASCII))) {
            errors.removeIf(LINE_LOOP_NOT_CLOSED::contains);
        }
        return errors;
    }

    /** True when a TRN (new 2200D) follows a service line (SVC) of the same patient level. */
    static boolean claimFollowsServiceLines(String x12) {
        boolean inLine = false;
        for (String segment : x12.split("~")) {
            String id = segment.strip();
            if (id.startsWith("SVC*")) {
                inLine = true;
            } else if (id.startsWith("HL*")) {
                inLine = false;
            } else if (id.startsWith("TRN*") && inLine) {
                return true;
            }
        }
        return false;
    }

    @Test
    void shouldBeReadByX12ParserWithoutErrorsExceptItsKnownDefects() throws Exception {
        Map<String, String> unexpected = new TreeMap<>();
        int transactions = 0;
        for (long seed = 0; seed < 150; seed++) {
            ClaimAck277Generator g = new ClaimAck277Generator(7000 + seed);
            List<ClaimAck277> values = new ArrayList<>();
            for (int i = 0; i <= seed % 3; i++) {
                values.add(g.next());
            }
            byte[] bytes = ClaimAck277RoundTripTest.write(values, 1 + seed, Delimiters.DEFAULT);
            for (String e : errors(bytes)) {
                unexpected.putIfAbsent(e, "seed " + seed + ":\n" + new String(bytes));
            }
            transactions += values.size();
        }
        assertThat(unexpected).isEmpty();
        assertThat(transactions).isGreaterThanOrEqualTo(300);
    }
}
