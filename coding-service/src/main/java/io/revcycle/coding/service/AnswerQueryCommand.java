package io.revcycle.coding.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /queries/{id}/answer: one of the query's options; "Other" needs the physician's own words. */
public record AnswerQueryCommand(@NotBlank @Size(max = 200) String answer, @Size(max = 2000) String comment) {
}
