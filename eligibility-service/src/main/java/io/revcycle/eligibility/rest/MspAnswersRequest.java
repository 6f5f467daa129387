package io.revcycle.eligibility.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import io.revcycle.eligibility.domain.MspEntitlement;

/** Body of PUT /patients/{patientId}/msp-answers. */
public record MspAnswersRequest(@NotNull MspEntitlement entitlement, @NotNull Boolean groupPlanCurrentEmployment,
        @Min(0) Integer employerSize, @NotNull Boolean esrdCoordinationPeriod) {
}
