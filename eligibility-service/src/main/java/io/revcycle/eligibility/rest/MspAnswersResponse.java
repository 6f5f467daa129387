package io.revcycle.eligibility.rest;

import java.time.Instant;

import io.revcycle.eligibility.domain.CobRule;
import io.revcycle.eligibility.domain.MspAnswers;
import io.revcycle.eligibility.domain.MspEntitlement;

/** The answers as stored, and the MSP rule they give (null: Medicare pays first). */
public record MspAnswersResponse(String patientId, MspEntitlement entitlement, boolean groupPlanCurrentEmployment,
        Integer employerSize, boolean esrdCoordinationPeriod, CobRule medicareSecondaryRule,
        String mspInsuranceType, String answeredBy, Instant answeredAt) {

    static MspAnswersResponse from(MspAnswers a) {
        CobRule rule = a.medicareSecondaryRule().orElse(null);
        return new MspAnswersResponse(a.patientId, a.entitlement, a.groupPlanCurrentEmployment, a.employerSize,
                a.esrdCoordinationPeriod, rule, rule == null ? null : rule.mspInsuranceType().orElse(null),
                a.answeredBy, a.answeredAt);
    }
}
