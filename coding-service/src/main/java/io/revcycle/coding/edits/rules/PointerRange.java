package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.ResolvedLine;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/** POINTER_RANGE (error): a diagnosis pointer is a 1-based position in the claim's diagnosis codes. */
public final class PointerRange implements EditRule {

    public static final String ID = "POINTER_RANGE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        int count = c.diagnoses().size();
        for (ResolvedLine l : c.lines()) {
            for (Integer pointer : l.line().diagnosisPointers()) {
                if (pointer == null || pointer < 1 || pointer > count) {
                    c.report(ID, Severity.ERROR, "line " + l.number() + ": diagnosis pointer " + pointer
                            + " is out of range", List.of(), List.of(l.number()));
                }
            }
        }
    }
}
