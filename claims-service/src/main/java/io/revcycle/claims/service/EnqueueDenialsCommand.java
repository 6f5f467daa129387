package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Denied lines of a claim to put in their departments' work queues, with the classification the remittance service
 * gave them (null fields: an event from before classification, classified here).
 */
public record EnqueueDenialsCommand(UUID eventId, Instant occurredAt, String claimId, String encounterId,
        String payerId, LocalDate appealDeadline, String rulesVersion, String payerClaimControlNumber,
        List<DeniedLine> lines, String payerResponsibility) {

    /** P the claim's own payer denied; S or T the next payer the claim went to after it (payerId names it). */
    public boolean forNextPayerLeg() {
        return payerResponsibility != null && !"P".equals(payerResponsibility);
    }

    public record DeniedLine(int lineNumber, String procedureCode, String groupCode, String reasonCode,
            List<String> remarkCodes, BigDecimal amount, String category, String department, Boolean avoidable,
            String nextAction, String ruleId, List<String> inactiveCodes) {

        public DeniedLine {
            inactiveCodes = inactiveCodes == null ? List.of() : List.copyOf(inactiveCodes);
        }

        public boolean classified() {
            return category != null && department != null;
        }
    }
}
