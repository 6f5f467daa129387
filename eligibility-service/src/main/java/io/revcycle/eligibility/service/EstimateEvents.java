package io.revcycle.eligibility.service;

import java.util.List;

import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.eligibility.domain.PatientEstimate;

/** Where an encounter's point-of-service estimate is announced (patient billing collects against it). */
public interface EstimateEvents {

    /** In the caller's transaction; {@code procedureCodes} in claim line order (an entry may be null). */
    void estimated(EligibilityCheck check, PatientEstimate estimate, List<String> procedureCodes);
}
