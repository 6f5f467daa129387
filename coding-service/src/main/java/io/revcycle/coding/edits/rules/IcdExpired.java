package io.revcycle.coding.edits.rules;

import java.time.LocalDate;
import java.util.List;

import io.revcycle.coding.content.CodeRow;
import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.Dx;
import io.revcycle.coding.edits.EditContext.DxStatus;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/**
 * ICD_EXPIRED (error): the code exists, but not on this date of service: deleted at an Oct 1 cut-over, or not yet
 * in effect (a code added in a later fiscal year).
 */
public final class IcdExpired implements EditRule {

    public static final String ID = "ICD_EXPIRED";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        for (Dx dx : c.diagnoses()) {
            if (dx.status() != DxStatus.NOT_IN_FORCE) {
                continue;
            }
            LocalDate ended = null;
            LocalDate next = null;
            for (CodeRow row : dx.history()) {
                if (row.effectiveTo() != null && row.effectiveTo().isBefore(c.dateOfService())
                        && (ended == null || row.effectiveTo().isAfter(ended))) {
                    ended = row.effectiveTo();
                }
                if (row.effectiveFrom().isAfter(c.dateOfService())
                        && (next == null || row.effectiveFrom().isBefore(next))) {
                    next = row.effectiveFrom();
                }
            }
            String when = ended == null ? "it takes effect on " + next
                    : next == null ? "it was valid through " + ended
                    : "it was valid through " + ended + " and takes effect again on " + next;
            c.report(ID, Severity.ERROR, dx.code() + " is not a valid ICD-10-CM code on the date of service "
                    + c.dateOfService() + ": " + when, List.of(dx.code()), List.of());
        }
    }
}
