package io.revcycle.coding.edits.rules;

import java.util.List;
import java.util.Locale;

import io.revcycle.coding.content.CodeRow.AgeGroup;
import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.Dx;
import io.revcycle.coding.edits.EditContext.DxStatus;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/**
 * AGE_CONFLICT (warning, MCE age edits): newborn (0), pediatric (0-17), maternity (9-64) and adult (15-124) codes
 * outside their ages. The MCE flags these for review as unlikely rather than impossible, hence a warning.
 */
public final class AgeConflict implements EditRule {

    public static final String ID = "AGE_CONFLICT";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        Integer age = c.claim().patientAge();
        if (age == null) {
            return;
        }
        for (Dx dx : c.diagnoses()) {
            if (dx.status() != DxStatus.IN_FORCE) {
                continue;
            }
            AgeGroup group = dx.row().mceOrNone().age();
            if (group != null && (age < group.min || age > group.max)) {
                c.report(ID, Severity.WARNING, dx.code() + " is for " + group.name().toLowerCase(Locale.ROOT)
                        + " patients (MCE ages " + group.min + "-" + group.max + "); the patient is " + age
                        + " on the date of service",
                        List.of(dx.code()), List.of());
            }
        }
    }
}
