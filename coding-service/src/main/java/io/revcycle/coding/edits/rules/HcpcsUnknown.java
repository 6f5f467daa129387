package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.LineKind;
import io.revcycle.coding.edits.EditContext.ResolvedLine;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/** HCPCS_UNKNOWN (error): a HCPCS Level II code unknown, or not in effect on the date of service. */
public final class HcpcsUnknown implements EditRule {

    public static final String ID = "HCPCS_UNKNOWN";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        for (ResolvedLine l : c.lines()) {
            if (l.kind() != LineKind.HCPCS || l.row() != null) {
                continue;
            }
            String why = l.history().isEmpty() ? " is not a known HCPCS Level II code"
                    : " is not a valid HCPCS Level II code on " + c.dateOfService();
            c.report(ID, Severity.ERROR, "line " + l.number() + ": " + l.code() + why, List.of(l.code()),
                    List.of(l.number()));
        }
    }
}
