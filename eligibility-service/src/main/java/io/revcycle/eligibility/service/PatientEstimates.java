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

    /**
     * 409 problem when the check found no active coverage, or found it with benefits unknown (a coverage registered
     * without them, e.g. from an HL7 ADT, at a payer not asked by 270): there are no benefits to estimate with, and
     * unknown ones are never taken as zero. Nothing is announced then.
     */
    @Transactional
    public PatientEstimate estimate(EligibilityCheck check, List<BigDecimal> lineAmounts,
            List<String> procedureCodes) {
        if (!check.coverageActive()) {
            throw new ProblemException(409, "Conflict", "Check " + check.checkId + " found no active coverage ("
                    + check.result + "): there are no benefits to estimate with");
        }
        if (!check.benefitsKnown()) {
            throw new ProblemException(409, "Conflict", "Check " + check.checkId + " found coverage " + check.coverageId
                    + " active but its benefits unknown (copay, coinsurance or deductible not on file and not"
                    + " verified with the payer): no estimate until they are");
        }
        PatientEstimate estimate = PatientEstimate.of(lineAmounts, check.copay, check.coinsurancePercent,
                check.deductibleRemaining, check.outOfPocketRemaining);
        if (check.encounterId != null) {
            events.estimated(check, estimate, procedureCodes);
        }
        return estimate;
    }
}
