package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.ResolvedLine;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/** LINE_LIMITS (error): units at least 1; the 837P line has room for 4 modifiers and 4 diagnosis pointers. */
public final class LineLimits implements EditRule {

    public static final String ID = "LINE_LIMITS";
    static final int MAX_MODIFIERS = 4;
    static final int MAX_POINTERS = 4;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        for (ResolvedLine l : c.lines()) {
            String at = "line " + l.number();
            if (l.line().units() < 1) {
                c.report(ID, Severity.ERROR, at + ": units must be >= 1", List.of(), List.of(l.number()));
            }
            if (l.line().modifiers().size() > MAX_MODIFIERS) {
                c.report(ID, Severity.ERROR, at + ": at most " + MAX_MODIFIERS + " modifiers, found "
                        + l.line().modifiers().size(), List.of(), List.of(l.number()));
            }
            if (l.line().diagnosisPointers().size() > MAX_POINTERS) {
                c.report(ID, Severity.ERROR, at + ": at most " + MAX_POINTERS + " diagnosis pointers, found "
                        + l.line().diagnosisPointers().size(), List.of(), List.of(l.number()));
            }
        }
    }
}
