package io.revcycle.coding.service;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A coder signs off a work item (POST /worklist/{id}/finalize), optionally overriding warnings with a reason.
 * "AUTO" is reserved for straight-through coding.
 */
public record FinalizeCommand(
        @NotBlank @Size(max = 100) @Pattern(regexp = "(?!AUTO$).*", message = "AUTO is reserved for automatic coding") String coder,
        @Size(max = 50) List<@NotNull @Valid Override> overrides) {

    public FinalizeCommand {
        overrides = overrides == null ? List.of() : overrides;
    }

    public FinalizeCommand(String coder) {
        this(coder, List.of());
    }

    /** Names a current finding by its id, or by rule id (and line numbers when the rule reports per line). */
    public record Override(
            @Size(max = 200) String findingId,
            @Size(max = 40) String ruleId,
            @Size(max = 50) List<@NotNull Integer> lineNumbers,
            @NotBlank @Size(max = 500) String reason) {

        public Override {
            lineNumbers = lineNumbers == null ? List.of() : lineNumbers;
        }

        @AssertTrue(message = "name the finding: findingId, or ruleId (with lineNumbers)")
        public boolean isNamed() {
            return (findingId != null && !findingId.isBlank()) || (ruleId != null && !ruleId.isBlank());
        }
    }
}
