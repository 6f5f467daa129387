package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.Dx;
import io.revcycle.coding.edits.EditContext.DxStatus;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/** ICD_FORMAT (error): an ICD-10-CM code is a letter, two characters, then a dot and 1-4 characters. */
public final class IcdFormat implements EditRule {

    public static final String ID = "ICD_FORMAT";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        for (Dx dx : c.diagnoses()) {
            if (dx.status() == DxStatus.MALFORMED) {
                c.report(ID, Severity.ERROR, dx.code() + " is not a well-formed ICD-10-CM code (e.g. E11.9)",
                        List.of(dx.code()), List.of());
            }
        }
    }
}
