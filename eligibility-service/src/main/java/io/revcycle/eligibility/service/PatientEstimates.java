package io.revcycle.eligibility.service;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.eligibility.domain.PatientEstimate;
import io.revcycle.rest.ProblemException;

/**
 * The patient's expected share of a priced claim from a check's benefits. An encounter's check (one made for a
 * documented encounter, not a stand-alone real-time check) announces its estimate, so patient billing can show it
 * and take a payment against it before the payer adjudicates.
 */
@ApplicationScoped
public class PatientEstimates {

    private final EstimateEvents events;

    public PatientEstimates(EstimateEvents events) {
        this.events = events;
    }

    /** 409 problem when the check found no active coverage: there are no benefits to estimate with. */
    @Transactional
    public PatientEstimate estimate(EligibilityCheck check, List<BigDecimal> lineAmounts,
            List<String> procedureCodes) {
        if (!check.coverageActive()) {
            throw new ProblemException(409, "Conflict", "Check " + check.checkId + " found no active coverage ("
                    + check.result + "): there are no benefits to estimate with");
        }
        PatientEstimate estimate = PatientEstimate.of(lineAmounts, check.copay, check.coinsurancePercent,
                check.deductibleRemaining, check.outOfPocketRemaining);
        if (check.encounterId != null) {
            events.estimated(check, estimate, procedureCodes);
        }
        return estimate;
    }
}
