package io.revcycle.eligibility.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.revcycle.eligibility.domain.BenefitKind;
import io.revcycle.eligibility.domain.CheckResult;
import io.revcycle.eligibility.domain.CheckSource;
import io.revcycle.eligibility.domain.EligibilityBenefit;
import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.eligibility.domain.InactiveReason;
import io.revcycle.eligibility.domain.Network;

public record EligibilityCheckResponse(String checkId, String encounterId, String patientId, String payerId,
        String memberId, LocalDate dateOfService, CheckResult result, boolean coverageActive, InactiveReason reason,
        String coverageId, String planName, BigDecimal copay, BigDecimal coinsurancePercent,
        BigDecimal deductibleRemaining, BigDecimal outOfPocketRemaining, String serviceType, CheckSource source,
        String rejectionCode, String inquiryFileId, Instant inquirySentAt, Instant answeredAt, List<Benefit> benefits,
        UUID verifiedEventId, Instant checkedAt) {

    /** One cost-sharing benefit of the 271 (EB01 A/B/C/G), with its period (EB06), network (EB12) and service types. */
    public record Benefit(BenefitKind kind, String coverageLevel, List<String> serviceTypes, String timePeriod,
            Network network, BigDecimal amount, BigDecimal percent) {

        static Benefit from(EligibilityBenefit b) {
            var line = b.toLine();
            return new Benefit(line.kind(), line.coverageLevel(), line.serviceTypes(), line.timePeriod(),
                    line.network(), line.amount(), line.percent());
        }
    }

    static EligibilityCheckResponse from(EligibilityCheck c) {
        return new EligibilityCheckResponse(c.checkId, c.encounterId, c.patientId, c.payerId, c.memberId,
                c.dateOfService, c.result, c.coverageActive(), c.reason, c.coverageId, c.planName, c.copay,
                c.coinsurancePercent, c.deductibleRemaining, c.outOfPocketRemaining, c.serviceType, c.source,
                c.rejectionCode, c.inquiryFileId, c.inquirySentAt, c.answeredAt,
                c.benefits.stream().map(Benefit::from).toList(), c.verifiedEventId, c.checkedAt);
    }
}
