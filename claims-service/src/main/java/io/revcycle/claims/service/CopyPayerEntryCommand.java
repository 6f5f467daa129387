package io.revcycle.claims.service;

import java.time.Instant;

/** A payer directory entry as eligibility-service announced it, to keep in this service's copy. */
public record CopyPayerEntryCommand(String payerId, String name, String interchangeId, String gatewayRoute,
        String claimFilingIndicator, int timelyFilingDays, int appealWindowDays, int followUpDays,
        boolean acknowledgeOnly, Instant updatedAt) {
}
