package io.revcycle.coding.service;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import io.revcycle.events.FieldLimits;

/**
 * POST /queries: a query from a template on an open work item, citing the clinical indicators found in the record
 * (lab values, vital signs, treatments: what makes the question clinically supported).
 */
public record RaiseQueryCommand(
        @NotBlank @Size(max = FieldLimits.ENCOUNTER_ID) String encounterId,
        @NotBlank @Size(max = 60) String templateId,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 300) String> clinicalIndicators) {
}
