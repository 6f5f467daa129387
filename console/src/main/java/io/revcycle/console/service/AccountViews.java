package io.revcycle.console.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The parts of patient-billing-service's JSON the patient-accounts screens show, read leniently. Amounts stay
 * BigDecimal as the service sends them (scale 2), never doubles.
 */
public final class AccountViews {

    private AccountViews() {
    }

    /** A row of {@code GET /accounts}: a patient owing money. */
    public record Owing(String patientId, BigDecimal balance, long lineCount) {
    }

    /** {@code GET /accounts/{patientId}}: the patient's part of their guarantor account. */
    public record PatientAccount(String patientId, String accountId, BigDecimal balance, BigDecimal accountBalance,
            BigDecimal creditBalance, List<Payment> payments) {
    }

    public record Payment(UUID paymentId, BigDecimal amount, String method, String reference,
            BigDecimal balanceAfter, Instant receivedAt) {
    }

    /** {@code GET /guarantor-accounts/{accountId}}: what the account owes, its patients, encounters and entries. */
    public record GuarantorAccount(String accountId, BigDecimal balance, BigDecimal creditBalance,
            BigDecimal inCollections, List<PatientBalance> patients, List<Encounter> encounters,
            List<Entry> entries) {
    }

    public record PatientBalance(String patientId, BigDecimal balance) {
    }

    /** One encounter's money: charged, paid by the payer, adjusted by contract, owed by the patient. */
    public record Encounter(String patientId, String encounterId, Instant firstPosted, BigDecimal charges,
            BigDecimal insurancePaid, BigDecimal adjustments, BigDecimal patientOwes, BigDecimal inCollections) {
    }

    /** One side of a posting (debits positive, credits negative). */
    public record Entry(UUID postingId, String type, String ledger, String patientId, String encounterId,
            String claimId, String reasonCode, String reference, BigDecimal amount, Instant postedAt) {
    }

    public record PaymentRequest(BigDecimal amount, String method, String reference, String encounterId) {
    }

    public record Receipt(UUID paymentId, String patientId, BigDecimal amount, String method, String reference,
            BigDecimal balance, Instant receivedAt) {
    }

    public record Statement(UUID statementId, int statementNumber, LocalDate statementDate, LocalDate dueDate,
            BigDecimal totalDue, int dunningLevel, int lineCount) {
    }

    public record Plan(UUID planId, String patientId, String status, BigDecimal total, BigDecimal installmentAmount,
            BigDecimal remaining, Instant createdAt, String endReason, List<Installment> installments) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    /** {@code POST /payment-plans}: firstDueDate null is a month from today (the service's default). */
    public record PlanRequest(String patientId, BigDecimal installmentAmount, LocalDate firstDueDate) {
    }

    public record Renegotiation(BigDecimal installmentAmount, LocalDate firstDueDate, String reason) {
    }

    public record Cancellation(String reason) {
    }

    /** {@code GET /refunds}: a credit balance paid back, REQUESTED, APPROVED (by another) or ISSUED. */
    public record Refund(UUID refundId, String accountId, String patientId, BigDecimal amount, String status,
            String reason, String requestedBy, Instant requestedAt, String approvedBy, Instant approvedAt,
            Instant issuedAt, String method, String reference) {
    }

    public record RefundRequest(String patientId, BigDecimal amount, String reason) {
    }

    public record RefundIssue(String method, String reference) {
    }

    /** {@code POST /write-offs}: amount null writes off everything owed (on the encounter when given). */
    public record WriteOffRequest(String patientId, String type, BigDecimal amount, String encounterId,
            String reason) {
    }

    public record WriteOff(UUID postingId, String patientId, String type, BigDecimal amount) {
    }

    public record Installment(int number, LocalDate dueDate, BigDecimal amount, BigDecimal paid, boolean missed) {
    }

    public record Placement(UUID placementId, String agencyId, String status, String rule, BigDecimal amount,
            Instant placedAt, Instant recalledAt, String recallReason) {
    }
}
