package io.revcycle.eligibility.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of POST /eligibility/checks/{checkId}/estimate: the priced claim's lines, in claim order. */
public record EstimateRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull EstimateLine> lines) {

    /** {@code expectedAllowed} when the contract is known, else the estimate is on the charge. */
    public record EstimateLine(@Size(max = 48) String procedureCode,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal charge,
            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal expectedAllowed) {

        BigDecimal amount() {
            return expectedAllowed == null ? charge : expectedAllowed.min(charge);
        }
    }
}
