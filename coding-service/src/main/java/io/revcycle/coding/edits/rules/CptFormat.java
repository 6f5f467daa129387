package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.LineKind;
import io.revcycle.coding.edits.EditContext.ResolvedLine;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/**
 * CPT_FORMAT (error), always checked, with or without a licensed CPT file: CPT is 5 digits, or 4 digits and F/T/U
 * (categories II, III, PLA); HCPCS Level II is a letter A-V and 4 digits.
 */
public final class CptFormat implements EditRule {

    public static final String ID = "CPT_FORMAT";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        for (ResolvedLine l : c.lines()) {
            if (l.kind() == LineKind.MALFORMED) {
                c.report(ID, Severity.ERROR, "line " + l.number() + ": " + l.code()
                        + " is not a well-formed CPT or HCPCS Level II code", List.of(l.code()), List.of(l.number()));
            }
        }
    }
}
