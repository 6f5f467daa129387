package io.revcycle.eligibility.service;

import java.time.Instant;

/**
 * claims-service asks for a fresh check of an encounter: its last one ({@code lastCheckedAt}) is too old to send the
 * claim on. {@code providerNpi} (the claim's billing provider) goes into the 270; null: the configured provider.
 */
public record ReverifyEligibilityCommand(String encounterId, Instant lastCheckedAt, String providerNpi) {
}
