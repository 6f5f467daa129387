package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.content.ContentKind;
import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.Dx;
import io.revcycle.coding.edits.EditContext.DxStatus;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/**
 * PDX_UNACCEPTABLE (error, inpatient stays; Medicare Code Editor edit 9 "unacceptable principal diagnosis"): codes
 * that describe a circumstance rather than the condition chiefly responsible for the admission (most screening,
 * history, status and follow-up Z codes) cannot be the principal diagnosis. The list in force on the discharge
 * date decides.
 */
public final class PrincipalUnacceptable implements EditRule {

    public static final String ID = "PDX_UNACCEPTABLE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        if (!c.claim().inpatient() || c.diagnoses().isEmpty()) {
            return;
        }
        Dx principal = c.diagnoses().get(0);
        if (principal.status() == DxStatus.IN_FORCE
                && c.content().code(ContentKind.PDX_UNACCEPTABLE, principal.code(), c.dateOfService()).isPresent()) {
            c.report(ID, Severity.ERROR, principal.code() + " is not acceptable as the principal diagnosis of an "
                    + "inpatient stay (Medicare Code Editor): list the condition chiefly responsible for the admission "
                    + "first", List.of(principal.code()), List.of());
        }
    }
}
