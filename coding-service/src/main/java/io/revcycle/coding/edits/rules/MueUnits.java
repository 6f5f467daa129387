package io.revcycle.coding.edits.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.revcycle.coding.content.MueRow;
import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.ResolvedLine;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/**
 * MUE_UNITS: more units than the medically unlikely edit allows. Adjudication indicator 2 (date of service,
 * policy) is absolute: error. Indicator 3 (date of service, clinical) can be supported on appeal and indicator 1
 * (per line) by reporting other sites on further lines with modifiers: warnings.
 */
public final class MueUnits implements EditRule {

    public static final String ID = "MUE_UNITS";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        Map<String, List<ResolvedLine>> byCode = new LinkedHashMap<>();
        for (ResolvedLine l : c.lines()) {
            if (l.code() != null) {
                byCode.computeIfAbsent(l.code(), k -> new ArrayList<>()).add(l);
            }
        }
        byCode.forEach((code, lines) -> c.content().mue(code, c.dateOfService()).ifPresent(mue -> {
            if (mue.perDateOfService()) {
                int units = lines.stream().mapToInt(l -> l.line().units()).sum();
                if (units > mue.units()) {
                    report(c, mue, units, lines.stream().map(ResolvedLine::number).toList(), "per date of service");
                }
            } else {
                lines.stream().filter(l -> l.line().units() > mue.units())
                        .forEach(l -> report(c, mue, l.line().units(), List.of(l.number()), "per line"));
            }
        }));
    }

    private static void report(EditContext c, MueRow mue, int units, List<Integer> lineNumbers, String per) {
        Severity severity = mue.adjudicationIndicator() == 2 ? Severity.ERROR : Severity.WARNING;
        c.report(ID, severity, (lineNumbers.size() == 1 ? "line " : "lines ")
                + String.join(", ", lineNumbers.stream().map(String::valueOf).toList()) + ": " + units
                + " units of " + mue.code() + " exceed the MUE of " + mue.units() + " " + per + " ("
                + mue.indicatorText() + ")", List.of(mue.code()), lineNumbers);
    }
}
