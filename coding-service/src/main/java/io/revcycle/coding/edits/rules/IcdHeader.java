package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.Dx;
import io.revcycle.coding.edits.EditContext.DxStatus;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/** ICD_HEADER (error): a header (category) code is not valid for submission; the message names its billable codes. */
public final class IcdHeader implements EditRule {

    public static final String ID = "ICD_HEADER";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        for (Dx dx : c.diagnoses()) {
            if (dx.status() == DxStatus.IN_FORCE && !dx.row().billable()) {
                List<String> children = c.content().billableChildren(dx.code(), c.dateOfService());
                String instead = children.isEmpty() ? "use a more specific code"
                        : "use a more specific code such as " + String.join(", ", children.subList(0,
                                Math.min(5, children.size())));
                c.report(ID, Severity.ERROR, dx.code() + " is a header code, not billable on " + c.dateOfService()
                        + ": " + instead, List.of(dx.code()), List.of());
            }
        }
    }
}
