package io.revcycle.eligibility.service;

import java.time.LocalDate;

/** Ends a coverage on {@code effectiveTo} (inclusive). */
public record TerminateCoverageCommand(String coverageId, LocalDate effectiveTo) {
}
