package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.Dx;
import io.revcycle.coding.edits.EditContext.DxStatus;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/**
 * MANIFESTATION_FIRST (error, MCE "manifestation code as principal diagnosis"): a manifestation code ("in diseases
 * classified elsewhere") describes a consequence; the underlying condition must be listed before it.
 */
public final class ManifestationFirst implements EditRule {

    public static final String ID = "MANIFESTATION_FIRST";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        if (c.diagnoses().isEmpty()) {
            return;
        }
        Dx first = c.diagnoses().get(0);
        if (first.status() == DxStatus.IN_FORCE && first.row().mceOrNone().manifestation()) {
            c.report(ID, Severity.ERROR, first.code() + " is a manifestation code and cannot be first-listed: "
                    + "list the underlying condition first", List.of(first.code()), List.of());
        }
    }
}
