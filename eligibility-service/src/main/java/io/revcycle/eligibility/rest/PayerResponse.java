package io.revcycle.eligibility.rest;

import java.time.Instant;

import io.revcycle.eligibility.domain.GatewayRoute;
import io.revcycle.eligibility.domain.Payer;

public record PayerResponse(String payerId, String name, String interchangeId, GatewayRoute gatewayRoute,
        boolean realTimeEligibility, String claimFilingIndicator, int timelyFilingDays, int appealWindowDays,
        int followUpDays, boolean acknowledgeOnly, String updatedBy, Instant updatedAt) {

    static PayerResponse from(Payer p) {
        return new PayerResponse(p.payerId, p.name, p.interchangeId, p.gatewayRoute, p.realTimeEligibility,
                p.claimFilingIndicator, p.timelyFilingDays, p.appealWindowDays, p.followUpDays, p.acknowledgeOnly,
                p.updatedBy, p.updatedAt);
    }
}
