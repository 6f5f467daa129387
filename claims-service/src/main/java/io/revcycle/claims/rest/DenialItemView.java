package io.revcycle.claims.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.revcycle.claims.domain.DenialItem;
import io.revcycle.claims.domain.DenialStatus;

/**
 * A denied line in a work queue (reasonCode is the CARC, remarkCodes the RARCs) with its classification: category,
 * owning department, avoidability, next action, appeal deadline (and the days left to it: negative once passed, null
 * without a deadline) and the rule that decided; the codes not in use on the remittance's date (a retired CARC or
 * RARC on a new 835: the payer's error); who works it and how it ended (by whom, and why when marked resolved by hand);
 * {@code payerResponsibility} P when the claim's own payer denied, S or T when the next payer it went to did;
 * {@code codingOutcome}, {@code codingReviewedBy} and {@code returnedFromCodingAt} once coding's re-review returned it.
 */
public record DenialItemView(long id, String claimId, String encounterId, String payerId, int lineNumber,
        String procedureCode, String groupCode, String reasonCode, List<String> remarkCodes, BigDecimal amount,
        DenialStatus status, Instant createdAt, String category, String department, Boolean avoidable,
        String nextAction, LocalDate appealDeadline, String ruleId, String rulesVersion, String assignedTo,
        String lastAction, String resolution, Instant resolvedAt, Long daysLeft, List<String> inactiveCodes,
        String resolvedBy, String resolutionReason, String payerResponsibility, String codingOutcome,
        String codingReviewedBy, Instant returnedFromCodingAt) {

    static DenialItemView of(DenialItem d, LocalDate today) {
        return new DenialItemView(d.id, d.claimId, d.encounterId, d.payerId, d.lineNumber, d.procedureCode,
                d.groupCode, d.reasonCode, List.copyOf(d.remarkCodes), d.amount, d.status, d.createdAt, d.category,
                d.department, d.avoidable, d.nextAction, d.appealDeadline, d.ruleId, d.rulesVersion, d.assignedTo,
                d.lastAction, d.resolution, d.resolvedAt,
                d.appealDeadline == null ? null : ChronoUnit.DAYS.between(today, d.appealDeadline),
                List.copyOf(d.inactiveCodes), d.resolvedBy, d.resolutionReason, d.payerResponsibility,
                d.codingOutcome, d.codingReviewedBy, d.returnedFromCodingAt);
    }
}
