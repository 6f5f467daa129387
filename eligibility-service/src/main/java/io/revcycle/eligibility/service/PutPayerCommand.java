package io.revcycle.eligibility.service;

import io.revcycle.eligibility.domain.GatewayRoute;

/** Creates or replaces a payer directory entry. */
public record PutPayerCommand(String payerId, String name, String interchangeId, GatewayRoute gatewayRoute,
        boolean realTimeEligibility, String claimFilingIndicator, int timelyFilingDays, int appealWindowDays,
        int followUpDays, boolean acknowledgeOnly, String updatedBy) {
}
