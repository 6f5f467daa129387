package io.revcycle.x12.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.imsweb.x12.reader.X12Reader;
import com.imsweb.x12.reader.X12Reader.FileType;

import io.revcycle.x12.model.Delimiters;

/**
 * Independent cross-check: every 837P / 837I our writer produces for the generated shapes is read by
 * com.imsweb:x12-parser 1.13 without an error, except its known defects listed here by exact message and reason.
 */
public class Claim837CrossCheckTest {

    /**
     * x12-parser 1.13 defects that our (correct) output triggers:
     * <ul>
     * <li>"HI in loop 2300 appears too many times": x12-parser tells the HI segments of loop 2300 (diagnoses,
     * condition, occurrence, value, procedure codes...) apart only by their first element, a composite it does not
     * look into, so every HI after the first counts as a repeat of the first definition. It reports the same for the
     * public 837I example lfh__837_005010X223A3_two-claims-single-provider.837i, which has one HI per code family as
     * the guide requires.</li>
     * </ul>
     * A defect is excluded by its exact message, never by a pattern.
     */
    static final Set<String> KNOWN_DEFECTS = Set.of("HI in loop 2300 appears too many times");

    /** x12-parser's errors for an 837 file, its known defects removed. */
    public static List<String> errors(byte[] bytes, boolean institutional) throws Exception {
        X12Reader reader = new X12Reader(institutional ? FileType.ANSI837_5010_X223 : FileType.ANSI837_5010_X222,
                new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>(reader.getFatalErrors());
        errors.addAll(reader.getErrors());
        errors.removeIf(KNOWN_DEFECTS::contains);
        return errors;
    }

    @Test
    void shouldBeReadByX12ParserForProfessionalClaims() throws Exception {
        crossCheck(false, FileType.ANSI837_5010_X222, 150);
    }

    @Test
    void shouldBeReadByX12ParserForInstitutionalClaims() throws Exception {
        crossCheck(true, FileType.ANSI837_5010_X223, 150);
    }

    private void crossCheck(boolean inst, FileType type, int count) throws Exception {
        List<String> problems = new ArrayList<>();
        for (int seed = 1000; seed < 1000 + count; seed++) {
            Claim837 claim = new Claim837Generator(seed, inst).next();
            byte[] bytes = claim instanceof Claim837P p
                    ? Claim837RoundTripTest.write(new Professional837Support(), List.of(p), Delimiters.DEFAULT)
                    : Claim837RoundTripTest.write(new Institutional837Support(), List.of((Claim837I) claim),
                            Delimiters.DEFAULT);
            X12Reader reader = new X12Reader(type, new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
            List<String> errors = new ArrayList<>(reader.getFatalErrors());
            errors.addAll(reader.getErrors());
            errors.removeIf(KNOWN_DEFECTS::contains);
            if (!errors.isEmpty()) {
                problems.add("seed " + seed + ": " + errors);
            }
            assertThat(reader.getLoops()).as("seed %d", seed).isNotEmpty();
        }
        assertThat(problems).isEmpty();
    }
}
