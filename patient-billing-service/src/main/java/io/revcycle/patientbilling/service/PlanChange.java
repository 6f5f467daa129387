package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment plan's step, to be announced as PaymentPlanChanged keyed by the account.
 *
 * @param change     CREATED, INSTALLMENT_PAID, INSTALLMENT_MISSED, DEFAULTED, COMPLETED, CANCELLED or RENEGOTIATED
 * @param amount     the installment's amount (paid), what is short on it (missed), else what the plan still covers
 * @param remaining  what the plan's installments still lack
 * @param accountOwes what the account owes after the step
 * @param reason     a clerk's reason (CANCELLED, RENEGOTIATED), else null
 * @param replacesPlanId   CREATED on renegotiation: the plan replaced; {@code replacedByPlanId} RENEGOTIATED: the new
 */
public record PlanChange(UUID eventId, UUID planId, String accountId, String change, String status,
        Integer installment, BigDecimal amount, BigDecimal remaining, BigDecimal accountOwes, Instant at,
        String reason, UUID replacesPlanId, UUID replacedByPlanId) {
}
