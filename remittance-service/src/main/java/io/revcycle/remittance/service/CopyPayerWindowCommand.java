package io.revcycle.remittance.service;

import java.time.Instant;

/** A payer directory entry's windows, as eligibility-service announced them. */
public record CopyPayerWindowCommand(String payerId, int timelyFilingDays, int appealWindowDays, int followUpDays,
        Instant updatedAt) {
}
