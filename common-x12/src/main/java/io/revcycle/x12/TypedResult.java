package io.revcycle.x12;

import java.util.List;

import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.Severity;

/** Typed records read from X12 bytes, with every finding of the read (reader, mapping and SNIP 3/4 rules). */
public record TypedResult<T>(List<T> values, List<Finding> findings) {

    public TypedResult {
        values = List.copyOf(values);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
