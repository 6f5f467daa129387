package io.revcycle.coding.edits;

import java.time.LocalDate;
import java.util.List;

/**
 * What the edits look at: the codes of one encounter with the patient facts the MCE edits need (sex, age in years
 * at the date of service; never names or birth dates). A diagnosis code may be null (not coded yet). An inpatient
 * stay's date of service is its discharge date, and its ICD-10-PCS procedures are checked on it; it needs no
 * service line from coding (room-and-board and ancillary lines come from the hospital's charge capture);
 * {@code presentOnAdmission} holds its POA indicators by diagnosis position (nulls allowed).
 */
public record ClaimToCheck(LocalDate dateOfService, String patientSex, Integer patientAge, String placeOfService,
        List<String> diagnosisCodes, List<Line> lines, List<IcdProcedure> icdProcedures, boolean inpatient,
        List<String> presentOnAdmission) {

    /** An inpatient stay without POA indicators, or any claim with its ICD-10-PCS procedures. */
    public ClaimToCheck(LocalDate dateOfService, String patientSex, Integer patientAge, String placeOfService,
            List<String> diagnosisCodes, List<Line> lines, List<IcdProcedure> icdProcedures, boolean inpatient) {
        this(dateOfService, patientSex, patientAge, placeOfService, diagnosisCodes, lines, icdProcedures, inpatient,
                List.of());
    }

    /** A professional or outpatient facility claim: service lines, no ICD-10-PCS procedures. */
    public ClaimToCheck(LocalDate dateOfService, String patientSex, Integer patientAge, String placeOfService,
            List<String> diagnosisCodes, List<Line> lines) {
        this(dateOfService, patientSex, patientAge, placeOfService, diagnosisCodes, lines, List.of(), false, List.of());
    }

    public record Line(int lineNumber, String procedureCode, List<String> modifiers, int units,
            List<Integer> diagnosisPointers) {
    }

    /** The POA indicator (Y/N/U/W/1) of the diagnosis at this 0-based position; null when none was reported. */
    public String presentOnAdmission(int position) {
        return presentOnAdmission == null || position >= presentOnAdmission.size() ? null
                : presentOnAdmission.get(position);
    }

    /** An ICD-10-PCS procedure at its 1-based position (the first is the principal procedure). */
    public record IcdProcedure(int position, String code, LocalDate performedDate) {
    }
}
