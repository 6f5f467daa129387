package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.Dx;
import io.revcycle.coding.edits.EditContext.DxStatus;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/** DX_MISSING (error): a claim needs at least one diagnosis, and every documented diagnosis needs its code. */
public final class DiagnosisMissing implements EditRule {

    public static final String ID = "DX_MISSING";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        if (c.diagnoses().isEmpty()) {
            c.report(ID, Severity.ERROR, "at least one diagnosis code is required", List.of(), List.of());
        }
        for (Dx dx : c.diagnoses()) {
            if (dx.status() == DxStatus.MISSING) {
                c.report(ID, Severity.ERROR, "diagnosis " + dx.position() + " has no code", List.of(), List.of());
            }
        }
    }
}
