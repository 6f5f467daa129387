package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/** DX_LIMIT (error): a professional claim (837P) carries at most 12 diagnoses. */
public final class DiagnosisLimit implements EditRule {

    public static final String ID = "DX_LIMIT";
    static final int MAX_DIAGNOSES = 12;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        if (c.diagnoses().size() > MAX_DIAGNOSES) {
            c.report(ID, Severity.ERROR, "at most " + MAX_DIAGNOSES + " diagnoses fit on a claim, found "
                    + c.diagnoses().size(), List.of(), List.of());
        }
    }
}
