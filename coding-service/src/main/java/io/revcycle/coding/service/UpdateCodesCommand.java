package io.revcycle.coding.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.revcycle.events.FieldLimits;

/**
 * A coder's complete set of codes for a work item (PUT /worklist/{id}/codes). Only the shape is validated here;
 * whether the codes are right is the code check's job, which answers with issues rather than errors. Inpatient
 * stays also carry POA indicators (by diagnosis position; omitted = kept) and ICD-10-PCS procedures (omitted = kept);
 * outpatient facility lines a revenue code (omitted = the line number's current one kept).
 */
public record UpdateCodesCommand(
        @NotNull @Size(max = 50) List<@Size(max = 20) String> diagnosisCodes,
        @NotNull @Size(max = 50) List<@NotNull @Valid Line> lines,
        @Size(max = 50) List<@Pattern(regexp = "[YNUW1]", message = "must be Y, N, U, W or 1") String> diagnosisPresentOnAdmission,
        @Size(max = 25) List<@NotNull @Valid IcdProcedure> icdProcedures) {

    /** An inpatient stay's ICD-10-PCS procedure, principal first; the code is checked by the edits (PCS_*). */
    public record IcdProcedure(
            @Size(max = FieldLimits.PROCEDURE_CODE) String code,
            @NotNull @PastOrPresent LocalDate performedDate) {
    }

    public record Line(
            @NotNull Integer lineNumber,
            @Size(max = FieldLimits.PROCEDURE_CODE) String procedureCode,
            @Size(max = 10) List<@NotBlank @Size(max = 10) String> modifiers,
            @NotNull @Max(FieldLimits.MAX_UNITS) Integer units,
            @NotNull @Size(max = 12) List<@NotNull Integer> diagnosisPointers,
            @Pattern(regexp = DocumentEncounterCommand.REVENUE_CODE, message = "must be a 4-digit NUBC revenue code") String revenueCode) {

        public Line {
            modifiers = modifiers == null ? List.of() : modifiers;
        }
    }
}
