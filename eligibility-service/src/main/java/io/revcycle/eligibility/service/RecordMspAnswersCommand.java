package io.revcycle.eligibility.service;

import io.revcycle.eligibility.domain.MspEntitlement;

/** Records (or replaces) a patient's Medicare Secondary Payer answers taken at registration. */
public record RecordMspAnswersCommand(String patientId, MspEntitlement entitlement, boolean groupPlanCurrentEmployment,
        Integer employerSize, boolean esrdCoordinationPeriod, String answeredBy) {
}
