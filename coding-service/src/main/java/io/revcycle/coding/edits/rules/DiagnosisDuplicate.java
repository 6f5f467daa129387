package io.revcycle.coding.edits.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.Dx;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/** DX_DUPLICATE (error): a diagnosis code is listed once per claim. */
public final class DiagnosisDuplicate implements EditRule {

    public static final String ID = "DX_DUPLICATE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        Set<String> seen = new HashSet<>();
        for (Dx dx : c.diagnoses()) {
            if (dx.code() != null && !seen.add(dx.code())) {
                c.report(ID, Severity.ERROR, "diagnosis " + dx.position() + ": " + dx.code()
                        + " is listed more than once", List.of(dx.code()), List.of());
            }
        }
    }
}
