package io.revcycle.coding.edits.rules;

import java.util.List;
import java.util.Set;

import io.revcycle.coding.content.ContentKind;
import io.revcycle.coding.edits.EditContext;
import io.revcycle.coding.edits.EditContext.Dx;
import io.revcycle.coding.edits.EditContext.DxStatus;
import io.revcycle.coding.edits.EditRule;
import io.revcycle.coding.edits.Severity;

/**
 * POA_REQUIRED and POA_EXEMPT (errors, inpatient stays): every diagnosis of an inpatient claim needs a
 * present-on-admission indicator Y, N, U or W, except the codes on the CMS POA exempt list in force on the discharge
 * date, which take none (blank, or 1 where a payer still asks for it). Only checked while a POA exempt list is in
 * force on that date: without one, "not exempt" cannot be told apart from "not on a list we have".
 */
public final class PresentOnAdmission implements EditRule {

    public static final String ID = "POA";
    public static final String REQUIRED = "POA_REQUIRED";
    public static final String EXEMPT = "POA_EXEMPT";
    private static final Set<String> REPORTED = Set.of("Y", "N", "U", "W");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(EditContext c) {
        if (!c.claim().inpatient() || !c.content().releaseInForce(ContentKind.POA_EXEMPT, c.dateOfService())) {
            return;
        }
        for (Dx dx : c.diagnoses()) {
            if (dx.status() != DxStatus.IN_FORCE) {
                continue; // the code itself is the problem, reported by the ICD rules
            }
            String poa = c.claim().presentOnAdmission(dx.position() - 1);
            boolean exempt = c.content().code(ContentKind.POA_EXEMPT, dx.code(), c.dateOfService()).isPresent();
            String where = "diagnosis " + dx.position() + ": " + dx.code();
            if (exempt && poa != null && REPORTED.contains(poa)) {
                c.report(EXEMPT, Severity.ERROR, where + " is exempt from POA reporting (CMS POA exempt list): leave "
                        + "the indicator blank (or 1), not " + poa, List.of(dx.code()), List.of());
            } else if (!exempt && poa == null) {
                c.report(REQUIRED, Severity.ERROR, where + " needs a present-on-admission indicator (Y, N, U or W) "
                        + "on an inpatient claim", List.of(dx.code()), List.of());
            } else if (!exempt && !REPORTED.contains(poa)) {
                c.report(REQUIRED, Severity.ERROR, where + " is not on the CMS POA exempt list: its indicator must be "
                        + "Y, N, U or W, not " + poa, List.of(dx.code()), List.of());
            }
        }
    }
}
