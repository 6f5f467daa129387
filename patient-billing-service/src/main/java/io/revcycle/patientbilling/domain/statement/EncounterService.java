package io.revcycle.patientbilling.domain.statement;

import java.time.LocalDate;

/**
 * When and by whom an encounter was served, as its claim named them: the statement's date and provider columns.
 *
 * @param renderingProviderNpi null when the claim named none
 */
public record EncounterService(LocalDate dateOfService, String renderingProviderNpi) {
}
