package io.revcycle.claims.service;

import java.util.UUID;

import io.revcycle.claims.domain.EligibilityResult;

/** Coverage was verified for an encounter: the first or second half of its claim's intake. */
public record RecordEligibilityCommand(String encounterId, UUID eventId, EligibilityResult eligibility) {
}
