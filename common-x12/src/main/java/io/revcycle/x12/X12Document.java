package io.revcycle.x12;

import java.util.List;

import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.model.Interchange;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.Severity;

/**
 * What {@link X12Reader} made of a byte sequence: every interchange it could read (possibly partial when the input was
 * broken), the SNIP 1/2 findings of the reader and the delimiters of the first ISA (null when there was no ISA).
 */
public record X12Document(List<Interchange> interchanges, List<Finding> findings, Delimiters delimiters) {

    public X12Document {
        interchanges = List.copyOf(interchanges);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
