package io.revcycle.claims.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.claims.config.ClaimsConfig;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimIntake;
import io.revcycle.claims.domain.ClaimLine;
import io.revcycle.claims.domain.ClaimType;
import io.revcycle.claims.domain.CodedEncounter;
import io.revcycle.claims.domain.CodedProcedure;
import io.revcycle.claims.domain.EligibilityResult;
import io.revcycle.claims.domain.InpatientStay;
import io.revcycle.messaging.tracing.EventTracing;

/**
 * Makes the claim of a complete intake and evaluates it: held, ready for the next 837 batch (the batcher sends it and
 * publishes ClaimSubmitted), or rejected by the scrubber into the correction queue.
 */
@ApplicationScoped
public class ClaimSubmissionService {

    private final ClaimEvaluation evaluation;
    private final EventTracing tracing;
    private final ClaimsConfig config;

    public ClaimSubmissionService(ClaimEvaluation evaluation, EventTracing tracing, ClaimsConfig config) {
        this.evaluation = evaluation;
        this.config = config;
        this.tracing = tracing;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Claim create(ClaimIntake intake) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Claim claim = newClaim(intake, now);
        claim.traceparent = tracing.currentTraceparent();
        EligibilityResult eligibility = intake.eligibility();
        evaluation.evaluate(claim,
                new ClaimEvaluation.Coverage(eligibility.coverageActive(), eligibility.inactiveReason()),
                "claim created from coding and eligibility");
        return claim;
    }

    private Claim newClaim(ClaimIntake intake, Instant now) {
        CodedEncounter coded = intake.coded();
        EligibilityResult eligibility = intake.eligibility();
        Claim claim = new Claim();
        claim.claimId = Claim.idFor(intake.encounterId());
        claim.encounterId = intake.encounterId();
        claim.claimType = ClaimType.ofEncounterType(coded.encounterType());
        claim.patientId = coded.patientId();
        claim.setPatient(coded.patient());
        claim.payerId = coded.payerId();
        claim.memberId = coded.memberId();
        claim.billingProviderNpi = coded.billingProviderNpi();
        claim.renderingProviderNpi = coded.renderingProviderNpi();
        claim.facilityId = coded.facilityId();
        claim.placeOfService = coded.placeOfService();
        claim.dateOfService = coded.dateOfService();
        claim.diagnosisCodes = new ArrayList<>(coded.diagnosisCodes());
        claim.expectedCopay = eligibility.copay();
        claim.expectedCoinsurancePercent = eligibility.coinsurancePercent();
        claim.expectedDeductibleRemaining = eligibility.deductibleRemaining();
        claim.eligibilityCheckedAt = eligibility.checkedAt();
        claim.createdAt = now;
        claim.updatedAt = now;
        for (CodedProcedure p : coded.lines()) {
            ClaimLine line = new ClaimLine();
            line.lineNumber = p.lineNumber();
            line.procedureCode = p.procedureCode();
            line.modifiers = new ArrayList<>(p.modifiers());
            line.units = p.units();
            line.diagnosisPointers = new ArrayList<>(p.diagnosisPointers());
            line.revenueCode = p.revenueCode();
            claim.addLine(line);
        }
        if (coded.stay() != null) {
            claim.setStay(coded.stay());
            claim.addLine(accommodationLine(claim, coded.stay()));
        }
        return claim;
    }

    /** Room and board for each day of the stay, after the coded lines; it points at the principal diagnosis. */
    private ClaimLine accommodationLine(Claim claim, InpatientStay stay) {
        ClaimLine line = new ClaimLine();
        line.lineNumber = claim.lines.stream().mapToInt(l -> l.lineNumber).max().orElse(0) + 1;
        line.procedureCode = config.inpatient().accommodationCode();
        line.units = stay.accommodationDays();
        line.diagnosisPointers = new ArrayList<>(List.of(1));
        return line;
    }
}
