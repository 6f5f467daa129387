package io.revcycle.coding.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.coding.domain.CodingLine;
import io.revcycle.coding.domain.CuratedCodeSet;

/**
 * Decides whether a set of codes can go on a claim as is: every code well formed, known to the curated content and
 * billable, and the claim limits respected (837P: 12 diagnoses, 4 modifiers and 4 diagnosis pointers per line).
 * Returns the issues in a stable order; none means the codes are final-ready.
 */
@ApplicationScoped
public class CodeCheck {

    static final Pattern ICD_10_CM = Pattern.compile("[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    static final Pattern CPT = Pattern.compile("\\d{4}[0-9FTU]");
    static final Pattern HCPCS = Pattern.compile("[A-V]\\d{4}");
    static final int MAX_DIAGNOSES = 12;
    static final int MAX_MODIFIERS = 4;
    static final int MAX_POINTERS = 4;

    private final CuratedCodeSet content;

    public CodeCheck(CuratedCodeSet content) {
        this.content = content;
    }

    public List<String> check(List<String> diagnosisCodes, List<CodingLine> lines) {
        List<String> issues = new ArrayList<>();
        checkDiagnoses(diagnosisCodes, issues);
        checkLines(lines, diagnosisCodes.size(), issues);
        return issues;
    }

    private void checkDiagnoses(List<String> codes, List<String> issues) {
        if (codes.isEmpty()) {
            issues.add("at least one diagnosis code is required");
        }
        if (codes.size() > MAX_DIAGNOSES) {
            issues.add("at most " + MAX_DIAGNOSES + " diagnoses fit on a claim, found " + codes.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            int position = i + 1;
            if (code == null || code.isBlank()) {
                issues.add("diagnosis " + position + " has no code");
            } else if (!ICD_10_CM.matcher(code).matches()) {
                issues.add(code + " is not a well-formed ICD-10-CM code");
            } else if (content.diagnosis(code).isEmpty()) {
                issues.add(code + " is not a known ICD-10-CM code");
            } else if (!content.diagnosis(code).get().billable()) {
                issues.add(code + " is not a billable ICD-10-CM code");
            } else if (!seen.add(code)) {
                issues.add("diagnosis " + position + ": " + code + " is listed more than once");
            }
        }
    }

    private void checkLines(List<CodingLine> lines, int diagnosisCount, List<String> issues) {
        if (lines.isEmpty()) {
            issues.add("at least one procedure line is required");
        }
        Set<Integer> lineNumbers = new HashSet<>();
        for (CodingLine line : lines) {
            String at = "line " + line.lineNumber;
            if (!lineNumbers.add(line.lineNumber)) {
                issues.add(at + " appears more than once");
            }
            String code = line.procedureCode;
            if (code == null || code.isBlank()) {
                issues.add(at + " has no procedure code");
            } else if (!CPT.matcher(code).matches() && !HCPCS.matcher(code).matches()) {
                issues.add(at + ": " + code + " is not a well-formed CPT/HCPCS code");
            } else if (content.procedure(code).isEmpty()) {
                issues.add(at + ": " + code + " is not a known CPT/HCPCS code");
            }
            if (line.modifiers.size() > MAX_MODIFIERS) {
                issues.add(at + ": at most " + MAX_MODIFIERS + " modifiers, found " + line.modifiers.size());
            }
            for (String modifier : line.modifiers) {
                if (!content.isModifier(modifier)) {
                    issues.add(at + ": modifier " + modifier + " is unknown");
                }
            }
            if (line.units < 1) {
                issues.add(at + ": units must be >= 1");
            }
            if (line.diagnosisPointers.isEmpty()) {
                issues.add(at + " has no diagnosis pointer");
            }
            if (line.diagnosisPointers.size() > MAX_POINTERS) {
                issues.add(at + ": at most " + MAX_POINTERS + " diagnosis pointers, found "
                        + line.diagnosisPointers.size());
            }
            for (Integer pointer : line.diagnosisPointers) {
                if (pointer < 1 || pointer > diagnosisCount) {
                    issues.add(at + ": diagnosis pointer " + pointer + " is out of range");
                }
            }
        }
    }
}
