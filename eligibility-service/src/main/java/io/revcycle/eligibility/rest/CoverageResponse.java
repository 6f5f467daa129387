package io.revcycle.eligibility.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.revcycle.eligibility.domain.Coverage;
import io.revcycle.eligibility.domain.InsuranceType;
import io.revcycle.eligibility.domain.Relationship;

public record CoverageResponse(String coverageId, String patientId, String payerId, String payerName,
        String memberId, String planName, LocalDate effectiveFrom, LocalDate effectiveTo, BigDecimal copay,
        BigDecimal coinsurancePercent, BigDecimal deductibleRemaining, String groupId, InsuranceType insuranceType,
        Relationship relationshipToSubscriber, String subscriberFirstName, String subscriberLastName,
        LocalDate subscriberBirthDate, Integer declaredPriority, Instant createdAt, Instant updatedAt) {

    static CoverageResponse from(Coverage c) {
        return new CoverageResponse(c.coverageId, c.patientId, c.payerId, c.payerName, c.memberId, c.planName,
                c.effectiveFrom, c.effectiveTo, c.copay, c.coinsurancePercent, c.deductibleRemaining, c.groupId,
                c.insuranceType, c.relationship(), c.subscriberFirstName, c.subscriberLastName,
                c.subscriberBirthDate, c.declaredPriority, c.createdAt, c.updatedAt);
    }
}
