package io.revcycle.claims.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.ClaimType;
import io.revcycle.claims.domain.HoldReason;

/** A claim in the work list: ids and amounts only, no patient details. */
public record ClaimListItem(String claimId, String encounterId, String patientId, String payerId,
        LocalDate dateOfService, ClaimStatus status, HoldReason holdReason, BigDecimal totalCharge,
        BigDecimal paidAmount, BigDecimal deniedAmount, Instant createdAt, ClaimType claimType,
        String patientControlNumber) {

    static ClaimListItem of(Claim c) {
        return new ClaimListItem(c.claimId, c.encounterId, c.patientId, c.payerId, c.dateOfService, c.status,
                c.holdReason, c.totalCharge, c.paidAmount, c.deniedAmount, c.createdAt, c.claimType,
                c.patientControlNumber);
    }
}
