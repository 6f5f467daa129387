package io.revcycle.console.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The parts of claims-service's JSON the billing screens show, read leniently. No member ids or names. */
public final class BillingViews {

    private BillingViews() {
    }

    /** A denied claim line (reasonCode the CARC, remarkCodes the RARCs) with its classification and owner. */
    public record Denial(long id, String claimId, String encounterId, String payerId, int lineNumber,
            String procedureCode, String groupCode, String reasonCode, List<String> remarkCodes, BigDecimal amount,
            String status, Instant createdAt, String category, String department, Boolean avoidable,
            String nextAction, LocalDate appealDeadline, String assignedTo, String lastAction, Long daysLeft,
            String payerResponsibility) {
    }

    public record Claim(String claimId, String encounterId, String payerId, String facilityId, LocalDate dateOfService,
            String status, String holdReason, String holdDetail, BigDecimal totalCharge, BigDecimal allowedAmount,
            BigDecimal paidAmount, BigDecimal patientResponsibility, BigDecimal deniedAmount, Instant createdAt,
            Instant submittedAt, Instant adjudicatedAt, String claimType, String payerClaimControlNumber) {
    }

    /** One step of the claim's timeline; from == to when something was recorded without a state change. */
    public record TimelineStep(Instant at, String from, String to, String cause, String fileId,
            String interchangeControlNumber) {

        public boolean stateChange() {
            return from == null || !from.equals(to);
        }
    }
}
