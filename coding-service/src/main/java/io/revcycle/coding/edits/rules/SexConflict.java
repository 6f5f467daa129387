package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.Dx;
import io.revcycle.coding.edits.EditContext.DxStatus;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/**
 * SEX_CONFLICT (warning, MCE sex edit): the code is for one sex and the patient's recorded sex is the other. A
 * warning, not an error: the recorded sex may legitimately differ from anatomy (a coder overrides with a reason).
 * Unknown sex (U) is not checked.
 */
public final class SexConflict implements EditRule {

    public static final String ID = "SEX_CONFLICT";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        String sex = c.claim().patientSex();
        if (!"M".equals(sex) && !"F".equals(sex)) {
            return;
        }
        for (Dx dx : c.diagnoses()) {
            if (dx.status() != DxStatus.IN_FORCE) {
                continue;
            }
            String codeSex = dx.row().mceOrNone().sex();
            if (codeSex != null && !codeSex.equals(sex)) {
                c.report(ID, Severity.WARNING, dx.code() + " is for " + (codeSex.equals("M") ? "male" : "female")
                        + " patients; the patient's recorded sex is " + sex, List.of(dx.code()), List.of());
            }
        }
    }
}
