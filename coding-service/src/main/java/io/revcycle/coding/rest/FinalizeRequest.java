package io.revcycle.coding.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.revcycle.coding.service.FinalizeCommand;

/**
 * The body of POST /worklist/{id}/finalize: only the overrides. Who finalizes is the caller of the token
 * ({@code CurrentUser}), never a name in the body.
 */
public record FinalizeRequest(@Size(max = 50) List<FinalizeCommand.@NotNull @Valid Override> overrides) {
}
