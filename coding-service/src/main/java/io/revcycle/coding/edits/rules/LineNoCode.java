package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.LineKind;
import io.revcycle.coding.edits.EditContext.ResolvedLine;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/**
 * LINE_NO_CODE (error): a claim needs at least one line (except an inpatient stay, whose lines come from charge
 * capture), and every line a procedure code.
 */
public final class LineNoCode implements EditRule {

    public static final String ID = "LINE_NO_CODE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        if (c.lines().isEmpty() && !c.claim().inpatient()) {
            c.report(ID, Severity.ERROR, "at least one procedure line is required", List.of(), List.of());
        }
        for (ResolvedLine l : c.lines()) {
            if (l.kind() == LineKind.MISSING) {
                c.report(ID, Severity.ERROR, "line " + l.number() + " has no procedure code", List.of(),
                        List.of(l.number()));
            }
        }
    }
}
