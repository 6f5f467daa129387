package io.revcycle.eligibility.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.revcycle.eligibility.domain.InsuranceType;
import io.revcycle.eligibility.domain.Relationship;

/**
 * Puts a coverage on file; {@code coverageId} null means "generate one", {@code effectiveTo} null open-ended. The
 * registry's one entry point (REST today, HL7 ADT IN1 later): {@code insuranceType} null = COMMERCIAL,
 * {@code relationship} null = SELF, {@code declaredPriority} null = the COB rules decide the order.
 */
public record RegisterCoverageCommand(String coverageId, String patientId, String payerId, String payerName,
        String memberId, String planName, LocalDate effectiveFrom, LocalDate effectiveTo, BigDecimal copay,
        BigDecimal coinsurancePercent, BigDecimal deductibleRemaining, String groupId, InsuranceType insuranceType,
        Relationship relationship, String subscriberFirstName, String subscriberLastName,
        LocalDate subscriberBirthDate, Integer declaredPriority) {
}
