package io.revcycle.coding.service;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.revcycle.events.FieldLimits;

/**
 * A coder's complete set of codes for a work item (PUT /worklist/{id}/codes). Only the shape is validated here;
 * whether the codes are right is the code check's job, which answers with issues rather than errors.
 */
public record UpdateCodesCommand(
        @NotNull @Size(max = 50) List<@Size(max = 20) String> diagnosisCodes,
        @NotNull @Size(max = 50) List<@NotNull @Valid Line> lines) {

    public record Line(
            @NotNull Integer lineNumber,
            @Size(max = FieldLimits.PROCEDURE_CODE) String procedureCode,
            @Size(max = 10) List<@NotBlank @Size(max = 10) String> modifiers,
            @NotNull @Max(FieldLimits.MAX_UNITS) Integer units,
            @NotNull @Size(max = 12) List<@NotNull Integer> diagnosisPointers) {

        public Line {
            modifiers = modifiers == null ? List.of() : modifiers;
        }
    }
}
