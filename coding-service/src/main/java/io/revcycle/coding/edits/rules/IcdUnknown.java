package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.Dx;
import io.revcycle.coding.edits.EditContext.DxStatus;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/** ICD_UNKNOWN (error): the code is in no loaded ICD-10-CM release. */
public final class IcdUnknown implements EditRule {

    public static final String ID = "ICD_UNKNOWN";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        for (Dx dx : c.diagnoses()) {
            if (dx.status() == DxStatus.UNKNOWN) {
                c.report(ID, Severity.ERROR, dx.code() + " is not a known ICD-10-CM code", List.of(dx.code()),
                        List.of());
            }
        }
    }
}
