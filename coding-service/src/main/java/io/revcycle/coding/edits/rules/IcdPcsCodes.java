package io.revcycle.coding.edits.rules;

import java.util.List;

import io.revcycle.coding.content.CodeFormats;
import io.revcycle.coding.content.CodeRow;
import io.revcycle.coding.content.ContentKind;
import io.revcycle.coding.edits.ClaimToCheck;
import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/**
 * PCS_MISSING, PCS_FORMAT, PCS_UNKNOWN, PCS_NOT_IN_FORCE (errors) on an inpatient stay's ICD-10-PCS procedures:
 * a code is 7 characters (digits and letters except I and O) and must be valid on the discharge date (the date
 * of service of an inpatient claim). Without an ICD-10-PCS release in force on that date (the shipped subset is from
 * 2015-10-01 on) only the format is checked.
 */
public final class IcdPcsCodes implements EditRule {

    public static final String ID = "PCS_CODES";
    public static final String MISSING = "PCS_MISSING";
    public static final String FORMAT = "PCS_FORMAT";
    public static final String UNKNOWN = "PCS_UNKNOWN";
    public static final String NOT_IN_FORCE = "PCS_NOT_IN_FORCE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        boolean contentInForce = c.content().pcsInForce(c.dateOfService());
        for (ClaimToCheck.IcdProcedure p : c.claim().icdProcedures()) {
            String code = p.code();
            String where = "ICD-10-PCS procedure " + p.position();
            if (code == null || code.isBlank()) {
                c.report(MISSING, Severity.ERROR, where + " has no code", List.of(), List.of());
            } else if (!CodeFormats.ICD_10_PCS.matcher(code).matches()) {
                c.report(FORMAT, Severity.ERROR, where + ": " + code
                        + " is not a well-formed ICD-10-PCS code (7 characters, digits and letters except I and O)",
                        List.of(code), List.of());
            } else if (contentInForce) {
                List<CodeRow> history = c.content().history(ContentKind.ICD10PCS, code);
                if (history.isEmpty()) {
                    c.report(UNKNOWN, Severity.ERROR, where + ": " + code + " is not a known ICD-10-PCS code",
                            List.of(code), List.of());
                } else if (c.content().code(ContentKind.ICD10PCS, code, c.dateOfService()).isEmpty()) {
                    c.report(NOT_IN_FORCE, Severity.ERROR, where + ": " + code
                            + " is not a valid ICD-10-PCS code on the discharge date " + c.dateOfService(),
                            List.of(code), List.of());
                }
            }
        }
    }
}
