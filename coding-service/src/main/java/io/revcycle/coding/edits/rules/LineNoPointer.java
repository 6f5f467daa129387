package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.ResolvedLine;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/** LINE_NO_POINTER (error): every procedure line must point at the diagnosis that supports it. */
public final class LineNoPointer implements EditRule {

    public static final String ID = "LINE_NO_POINTER";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        for (ResolvedLine l : c.lines()) {
            if (l.line().diagnosisPointers().isEmpty()) {
                c.report(ID, Severity.ERROR, "line " + l.number() + " has no diagnosis pointer", List.of(),
                        List.of(l.number()));
            }
        }
    }
}
