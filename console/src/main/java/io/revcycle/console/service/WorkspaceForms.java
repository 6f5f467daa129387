package io.revcycle.console.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the workspace's HTML forms into coding-service's request bodies. Only the shape is checked here (numbers are
 * numbers); whether the codes are right is coding-service's edits' answer, shown in the edits panel.
 */
public final class WorkspaceForms {

    private WorkspaceForms() {
    }

    /**
     * {@code dx} per diagnosis position (blank: no code yet; {@code positions} of them are the item's, a blank one
     * after those is dropped), {@code poa} per position for an inpatient stay,
     * {@code line} per claim line number with its {@code code-N}, {@code modifiers-N} (comma separated),
     * {@code units-N}, {@code pointers-N} (comma separated diagnosis positions) and {@code revenue-N}.
     */
    public static CodingViews.UpdateCodes codes(Map<String, List<String>> form) {
        List<String> diagnoses = new ArrayList<>(all(form, "dx").stream().map(WorkspaceForms::blankToNull)
                .map(WorkspaceForms::upper).toList());
        // the form offers one empty position more than the item has ("positions"); left empty, it is no position
        int kept = integer(Objects.requireNonNullElse(one(form, "positions"), "0"), "positions");
        while (diagnoses.size() > kept && diagnoses.get(diagnoses.size() - 1) == null) {
            diagnoses.remove(diagnoses.size() - 1);
        }
        List<CodingViews.LineCodes> lines = new ArrayList<>();
        for (String number : all(form, "line")) {
            int lineNumber = integer(number, "line number");
            lines.add(new CodingViews.LineCodes(lineNumber, upper(blankToNull(one(form, "code-" + lineNumber))),
                    list(one(form, "modifiers-" + lineNumber)).stream().map(WorkspaceForms::upper).toList(),
                    integer(one(form, "units-" + lineNumber), "units of line " + lineNumber),
                    list(one(form, "pointers-" + lineNumber)).stream()
                            .map(p -> integer(p, "diagnosis pointers of line " + lineNumber)).toList(),
                    blankToNull(one(form, "revenue-" + lineNumber))));
        }
        List<String> poa = form.containsKey("poa")
                ? all(form, "poa").stream().map(WorkspaceForms::blankToNull).toList() : null;
        return new CodingViews.UpdateCodes(diagnoses, lines, poa == null ? null : poa.subList(0,
                Math.min(poa.size(), diagnoses.size())));
    }

    /** {@code override} names each warning overridden; {@code reason-<findingId>} its reason. */
    public static CodingViews.Finalize finalizeRequest(Map<String, List<String>> form) {
        List<CodingViews.FindingOverride> overrides = new ArrayList<>();
        for (String findingId : all(form, "override")) {
            String reason = blankToNull(one(form, "reason-" + findingId));
            if (reason == null) {
                throw new IllegalArgumentException("an overridden warning needs a reason");
            }
            overrides.add(new CodingViews.FindingOverride(findingId, reason));
        }
        return new CodingViews.Finalize(overrides);
    }

    /** {@code templateId} and the clinical indicators, one per line of {@code indicators}. */
    public static CodingViews.RaiseQuery query(String encounterId, Map<String, List<String>> form) {
        String template = blankToNull(one(form, "templateId"));
        List<String> indicators = Arrays.stream(Objects.requireNonNullElse(one(form, "indicators"), "")
                .split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (template == null || indicators.isEmpty()) {
            throw new IllegalArgumentException("a query needs a template and at least one clinical indicator");
        }
        return new CodingViews.RaiseQuery(encounterId, template, indicators);
    }

    public static CodingViews.Answer answer(Map<String, List<String>> form) {
        String answer = blankToNull(one(form, "answer"));
        if (answer == null) {
            throw new IllegalArgumentException("choose an answer");
        }
        return new CodingViews.Answer(answer, blankToNull(one(form, "comment")));
    }

    private static List<String> all(Map<String, List<String>> form, String name) {
        return form.getOrDefault(name, List.of());
    }

    private static String one(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static List<String> list(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int integer(String value, String what) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }
}
