package io.revcycle.claims.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.ClaimType;
import io.revcycle.claims.domain.HoldReason;

/**
 * A claim in the work list: ids and amounts only, no patient details. {@code filingDeadline} is the date of service
 * plus the payer's timely filing days, {@code filingDaysLeft} the days from today to it (negative: passed); both null
 * while the payer directory has not announced the payer's window.
 */
public record ClaimListItem(String claimId, String encounterId, String patientId, String payerId,
        LocalDate dateOfService, ClaimStatus status, HoldReason holdReason, BigDecimal totalCharge,
        BigDecimal paidAmount, BigDecimal deniedAmount, Instant createdAt, ClaimType claimType,
        String patientControlNumber, LocalDate filingDeadline, Long filingDaysLeft) {

    static ClaimListItem of(Claim c, Integer timelyFilingDays, LocalDate today) {
        LocalDate deadline = timelyFilingDays == null ? null : c.dateOfService.plusDays(timelyFilingDays);
        return new ClaimListItem(c.claimId, c.encounterId, c.patientId, c.payerId, c.dateOfService, c.status,
                c.holdReason, c.totalCharge, c.paidAmount, c.deniedAmount, c.createdAt, c.claimType,
                c.patientControlNumber, deadline, deadline == null ? null : ChronoUnit.DAYS.between(today, deadline));
    }
}
