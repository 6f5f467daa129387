package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.content.ContentKind;
import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/** POS_UNKNOWN (error): the place of service is not a CMS place-of-service code in effect on the date. */
public final class PosUnknown implements EditRule {

    public static final String ID = "POS_UNKNOWN";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        String pos = c.claim().placeOfService();
        if (pos == null || c.content().code(ContentKind.POS, pos, c.dateOfService()).isEmpty()) {
            c.report(ID, Severity.ERROR, "place of service " + pos + " is not a CMS place-of-service code on "
                    + c.dateOfService(), pos == null ? List.of() : List.of(pos), List.of());
        }
    }
}
