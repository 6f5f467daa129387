package io.revcycle.coding.edits;

import java.time.LocalDate;
import java.util.List;

/**
 * What the edits look at: the codes of one encounter with the patient facts the MCE edits need (sex, age in years
 * at the date of service; never names or birth dates). A diagnosis code may be null (not coded yet). An inpatient
 * stay's date of service is its discharge date, and its ICD-10-PCS procedures are checked on it; it needs no
 * service line from coding (room-and-board and ancillary lines come from the hospital's charge capture).
 */
public record ClaimToCheck(LocalDate dateOfService, String patientSex, Integer patientAge, String placeOfService,
        List<String> diagnosisCodes, List<Line> lines, List<IcdProcedure> icdProcedures, boolean inpatient) {

    /** A professional or outpatient facility claim: service lines, no ICD-10-PCS procedures. */
    public ClaimToCheck(LocalDate dateOfService, String patientSex, Integer patientAge, String placeOfService,
            List<String> diagnosisCodes, List<Line> lines) {
        this(dateOfService, patientSex, patientAge, placeOfService, diagnosisCodes, lines, List.of(), false);
    }

    public record Line(int lineNumber, String procedureCode, List<String> modifiers, int units,
            List<Integer> diagnosisPointers) {
    }

    /** An ICD-10-PCS procedure at its 1-based position (the first is the principal procedure). */
    public record IcdProcedure(int position, String code, LocalDate performedDate) {
    }
}
