package io.revcycle.x12;

import java.util.Comparator;
import java.util.List;

import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;

/**
 * Validation of X12 bytes at every level the toolkit knows: SNIP 1 (syntax and envelopes, by the reader), SNIP 2
 * (the guide's schema: usage, repeats, lengths, code values, loops), SNIP 3 (balancing) and SNIP 4 (situational
 * rules) by each guide's {@code check}. Findings carry the ISA/GS/ST control numbers, segment position and id, loop
 * id and element position.
 */
public final class X12Validator {

    /** The document read and everything found in it. */
    public record Report(X12Document document, List<Finding> findings) {

        public Report {
            findings = List.copyOf(findings);
        }

        public boolean hasErrors() {
            return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        }

        public long count(SnipLevel level) {
            return findings.stream().filter(f -> f.level() == level).count();
        }
    }

    private X12Validator() {
    }

    public static Report validate(byte[] bytes) {
        X12Document doc = X12Reader.read(bytes);
        return new Report(doc, X12Toolkit.validate(doc));
    }

    /** Findings ordered by SNIP level, then as found. */
    public static List<Finding> byLevel(List<Finding> findings) {
        return findings.stream().sorted(Comparator.comparing(Finding::level)).toList();
    }
}
