package io.revcycle.eligibility.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Body of PUT /coverages/{coverageId}/termination: the last covered day. */
public record TerminationRequest(@NotNull LocalDate effectiveTo) {
}
