package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.content.ContentKind;
import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.ResolvedLine;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/** MODIFIER_UNKNOWN (error): every modifier must be a known CPT or HCPCS modifier on the date of service. */
public final class ModifierUnknown implements EditRule {

    public static final String ID = "MODIFIER_UNKNOWN";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        for (ResolvedLine l : c.lines()) {
            for (String modifier : l.line().modifiers()) {
                if (c.content().code(ContentKind.MODIFIER, modifier, c.dateOfService()).isEmpty()) {
                    c.report(ID, Severity.ERROR, "line " + l.number() + ": modifier " + modifier + " is unknown",
                            List.of(modifier), List.of(l.number()));
                }
            }
        }
    }
}
