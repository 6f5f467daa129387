package io.revcycle.coding.edits;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One result of the edits: which rule, how bad, in plain words, the codes and line numbers involved and the
 * content version checked against. The id is stable for the same rule, lines and codes, so an override can name it.
 */
public record Finding(String id, String ruleId, Severity severity, String message, List<String> codes,
        List<Integer> lineNumbers, String contentVersion) {

    public static Finding of(String ruleId, Severity severity, String message, List<String> codes,
            List<Integer> lineNumbers, String contentVersion) {
        return new Finding(idOf(ruleId, lineNumbers, codes), ruleId, severity, message, List.copyOf(codes),
                List.copyOf(lineNumbers), contentVersion);
    }

    /** e.g. "NCCI_PTP:1,2:93000,93010" or "ICD_HEADER::E11". */
    public static String idOf(String ruleId, List<Integer> lineNumbers, List<String> codes) {
        return ruleId + ":" + lineNumbers.stream().map(String::valueOf).collect(Collectors.joining(",")) + ":"
                + String.join(",", codes);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
