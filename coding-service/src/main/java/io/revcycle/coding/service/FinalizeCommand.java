package io.revcycle.coding.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A coder signs off a work item (POST /worklist/{id}/finalize). "AUTO" is reserved for straight-through coding. */
public record FinalizeCommand(
        @NotBlank @Size(max = 100) @Pattern(regexp = "(?!AUTO$).*", message = "AUTO is reserved for automatic coding") String coder) {
}
