package io.revcycle.coding.edits;

import java.time.LocalDate;
import java.util.List;

/**
 * What the edits look at: the codes of one encounter with the patient facts the MCE edits need (sex, age in years
 * at the date of service; never names or birth dates). A diagnosis code may be null (not coded yet).
 */
public record ClaimToCheck(LocalDate dateOfService, String patientSex, Integer patientAge, String placeOfService,
        List<String> diagnosisCodes, List<Line> lines) {

    public record Line(int lineNumber, String procedureCode, List<String> modifiers, int units,
            List<Integer> diagnosisPointers) {
    }
}
