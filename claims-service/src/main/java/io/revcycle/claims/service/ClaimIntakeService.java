package io.revcycle.claims.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimIntake;
import io.revcycle.claims.domain.ClaimIntakeRepository;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.EligibilityResult;
import io.revcycle.claims.domain.HoldReason;

/**
 * Joins an encounter's coding and eligibility results, which arrive in either order. Both halves are taken by one
 * consumer ({@link #CONSUMER}): on two threads, each poll batch's transaction held the intake rows the other batch
 * needed until it committed. Each half is upserted into the encounter's intake row, whose lock still serializes
 * writers on two replicas; whoever completes the intake creates the claim, once.
 */
@ApplicationScoped
public class ClaimIntakeService {

    /** The shared consumer (group {@code claims-service.claim-intake}) of EncounterCoded and EligibilityVerified. */
    public static final String CONSUMER = "claim-intake";

    private static final Logger LOG = Logger.getLogger(ClaimIntakeService.class);

    private final ClaimIntakeRepository intakes;
    private final ClaimSubmissionService submissions;
    private final ClaimEvaluation evaluation;

    private final NextPayerClaimService nextPayers;

    public ClaimIntakeService(ClaimIntakeRepository intakes, ClaimSubmissionService submissions,
            ClaimEvaluation evaluation, NextPayerClaimService nextPayers) {
        this.nextPayers = nextPayers;
        this.intakes = intakes;
        this.submissions = submissions;
        this.evaluation = evaluation;
    }

    @Transactional
    public void record(RecordCodingCommand command) {
        intakes.recordCoded(command.encounterId(), command.eventId(), command.coded());
        createClaimIfReady(command.encounterId());
    }

    @Transactional
    public void record(RecordEligibilityCommand command) {
        intakes.recordEligibility(command.encounterId(), command.eventId(), command.eligibility());
        nextPayers.recordOrder(Claim.idFor(command.encounterId()), command.nextPayers());
        Optional<Claim> existing = Claim.forEncounter(command.encounterId());
        EligibilityResult e = command.eligibility();
        existing.ifPresent(c -> c.eligibilityCheckedAt(e.checkedAt()));
        boolean heldForCoverage = existing.isPresent() && existing.get().status == ClaimStatus.HELD
                && existing.get().holdReason == HoldReason.COVERAGE_INACTIVE;
        boolean heldForReverification = existing.isPresent() && existing.get().status == ClaimStatus.HELD
                && existing.get().holdReason == HoldReason.ELIGIBILITY_REVERIFICATION;
        if (heldForReverification || heldForCoverage && e.coverageActive()) {
            // coverage found after all, or the fresh check asked for: active goes on with the new expected benefits,
            // inactive or unverified stays held with the check's reason
            Claim claim = existing.get();
            if (e.coverageActive()) {
                claim.expectedCopay = e.copay();
                claim.expectedCoinsurancePercent = e.coinsurancePercent();
                claim.expectedDeductibleRemaining = e.deductibleRemaining();
            }
            evaluation.evaluate(claim, new ClaimEvaluation.Coverage(e.coverageActive(), e.inactiveReason(),
                    heldForReverification), "eligibility re-verified: coverage "
                            + (e.coverageActive() ? "active" : "inactive"));
            return;
        }
        createClaimIfReady(command.encounterId());
    }

    private void createClaimIfReady(String encounterId) {
        ClaimIntake intake = intakes.find(encounterId).orElseThrow();
        if (!intake.complete()) {
            LOG.debugf("encounter %s: waiting for the other half of its intake", encounterId);
            return;
        }
        if (Claim.forEncounter(encounterId).isPresent()) {
            // a re-coding or re-verification after the claim exists does not make a second claim
            LOG.infof("encounter %s already has claim %s; intake updated only", encounterId, Claim.idFor(encounterId));
            return;
        }
        submissions.create(intake);
    }
}
