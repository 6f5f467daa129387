package io.revcycle.coding.edits.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.ResolvedLine;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/**
 * DUPLICATE_LINE: a line number used twice is an error; the same code with the same modifiers on two lines is a
 * warning (payers deny the second as a duplicate: report units on one line, or mark a repeat with 76/77/91).
 */
public final class DuplicateLine implements EditRule {

    public static final String ID = "DUPLICATE_LINE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        Set<Integer> numbers = new HashSet<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (ResolvedLine l : c.lines()) {
            if (!numbers.add(l.number())) {
                c.report(ID, Severity.ERROR, "line " + l.number() + " appears more than once", List.of(),
                        List.of(l.number()));
                continue;
            }
            if (l.code() == null) {
                continue;
            }
            String service = l.code() + new TreeSet<>(l.line().modifiers());
            Integer first = firstLineOf.putIfAbsent(service, l.number());
            if (first != null) {
                c.report(ID, Severity.WARNING, "lines " + first + " and " + l.number() + " both report " + l.code()
                        + (l.line().modifiers().isEmpty() ? "" : " with modifiers " + l.line().modifiers())
                        + ": report the units on one line, or mark a repeat service with 76, 77 or 91",
                        List.of(l.code()), List.of(first, l.number()));
            }
        }
    }
}
