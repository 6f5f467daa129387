package io.revcycle.claims.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an INPATIENT encounter's claim (837I, type of bill 0111) needs beyond the codes: the stay, the discharge status
 * (NUBC, CL103), the present-on-admission indicator of each diagnosis by position (null = not reported) and the
 * ICD-10-PCS procedures, principal first, and the NUBC admission type and source (UB-04 FL 14/15, CL101/CL102;
 * null = not given).
 */
public record InpatientStay(LocalDate admissionDate, LocalDate dischargeDate, String dischargeDisposition,
        List<String> diagnosisPresentOnAdmission, List<IcdProcedure> procedures, String admissionType,
        String admissionSource) {

    public InpatientStay {
        // List.copyOf refuses nulls, and a diagnosis without a reported POA is a null here
        diagnosisPresentOnAdmission = diagnosisPresentOnAdmission == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(diagnosisPresentOnAdmission));
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
    }

    /** Days billed for room and board: the discharge day is not a day of stay, a same-day stay counts one. */
    public int accommodationDays() {
        return (int) Math.max(1, dischargeDate.toEpochDay() - admissionDate.toEpochDay());
    }
}
