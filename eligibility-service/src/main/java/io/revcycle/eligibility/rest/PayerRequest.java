package io.revcycle.eligibility.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.revcycle.eligibility.domain.GatewayRoute;

/** Body of PUT /payers/{payerId}. */
public record PayerRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9 ]{2,15}", message = "must be 2..15 letters, digits or spaces (ISA08)")
        String interchangeId,
        @NotNull GatewayRoute gatewayRoute,
        @NotNull Boolean realTimeEligibility,
        @NotBlank @Pattern(regexp = "[0-9A-Z]{1,2}", message = "must be an SBR09 claim filing indicator code")
        String claimFilingIndicator,
        @NotNull @Min(1) @Max(3650) Integer timelyFilingDays,
        @NotNull @Min(1) @Max(3650) Integer appealWindowDays,
        @NotNull @Min(1) @Max(365) Integer followUpDays,
        @NotNull Boolean acknowledgeOnly) {
}
