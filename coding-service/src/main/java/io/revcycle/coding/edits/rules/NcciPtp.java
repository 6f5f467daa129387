package io.revcycle.coding.edits.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.revcycle.coding.content.PtpRow;
import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.ResolvedLine;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/**
 * NCCI_PTP (error): a column 1 / column 2 pair in force on the date of service. Indicator 0: never together;
 * indicator 1: together only when an NCCI-associated modifier (59, XE/XP/XS/XU, anatomic, global surgery, 27, 91)
 * on either line shows the services were distinct; indicator 9: the edit does not apply.
 */
public final class NcciPtp implements EditRule {

    public static final String ID = "NCCI_PTP";

    /** The modifiers the NCCI policy manual lets bypass a PTP edit with indicator 1. */
    public static final Set<String> PTP_MODIFIERS = Set.of("E1", "E2", "E3", "E4", "FA", "F1", "F2", "F3", "F4", "F5",
            "F6", "F7", "F8", "F9", "LC", "LD", "LM", "RC", "RI", "LT", "RT", "TA", "T1", "T2", "T3", "T4", "T5", "T6",
            "T7", "T8", "T9", "24", "25", "57", "58", "78", "79", "27", "59", "91", "XE", "XP", "XS", "XU");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        List<ResolvedLine> lines = c.lines();
        for (ResolvedLine first : lines) {
            if (first.code() == null) {
                continue;
            }
            // the pairs this claim has, in column 2 order like the edits file: a full NCCI file has hundreds of
            // edits for a common column 1 code, and a claim a handful of lines
            Set<String> others = new TreeSet<>();
            for (ResolvedLine second : lines) {
                if (second != first && second.code() != null) {
                    others.add(second.code());
                }
            }
            for (String column2 : others) {
                for (PtpRow edit : c.content().ptpEdits(first.code(), column2, c.dateOfService())) {
                    if (edit.modifierIndicator() == '9') {
                        continue;
                    }
                    for (ResolvedLine second : lines) {
                        if (second != first && column2.equals(second.code())) {
                            check(c, edit, first, second);
                        }
                    }
                }
            }
        }
    }

    private static void check(EditContext c, PtpRow edit, ResolvedLine column1, ResolvedLine column2) {
        String pair = "lines " + column1.number() + " and " + column2.number() + ": " + edit.column2()
                + " is not paid with " + edit.column1() + " on the same date of service (NCCI PTP edit";
        if (edit.modifierIndicator() == '0') {
            c.report(ID, Severity.ERROR, pair + ", no modifier allowed)", List.of(edit.column1(), edit.column2()),
                    List.of(column1.number(), column2.number()));
        } else if (!hasPtpModifier(column1) && !hasPtpModifier(column2)) {
            c.report(ID, Severity.ERROR, pair + "): if the services were distinct, add 59 or XE/XP/XS/XU",
                    List.of(edit.column1(), edit.column2()), List.of(column1.number(), column2.number()));
        }
    }

    private static boolean hasPtpModifier(ResolvedLine line) {
        for (String m : line.line().modifiers()) {
            if (PTP_MODIFIERS.contains(m)) {
                return true;
            }
        }
        return false;
    }
}
