package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.LineKind;
import io.revcycle.coding.edits.EditContext.ResolvedLine;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/**
 * CPT_UNKNOWN (error), only while a licensed CPT file is in force on the date of service: CPT is AMA content, so
 * without a licensed file only the format can be checked.
 */
public final class CptUnknown implements EditRule {

    public static final String ID = "CPT_UNKNOWN";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        if (!c.content().cptInForce(c.dateOfService())) {
            return;
        }
        for (ResolvedLine l : c.lines()) {
            if (l.kind() == LineKind.CPT && l.row() == null) {
                c.report(ID, Severity.ERROR, "line " + l.number() + ": " + l.code()
                        + " is not in the licensed CPT release in force on " + c.dateOfService(), List.of(l.code()),
                        List.of(l.number()));
            }
        }
    }
}
