package io.revcycle.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimIntake;
import io.revcycle.claims.domain.ClaimIntakeRepository;

/**
 * Joins an encounter's coding and eligibility results, which arrive in either order and possibly at the same time
 * on two consumer threads. Each half is upserted into the encounter's intake row (the row lock serializes the two
 * writers); whoever completes the intake creates the claim, once.
 */
@ApplicationScoped
public class ClaimIntakeService {

    private static final Logger LOG = Logger.getLogger(ClaimIntakeService.class);

    private final ClaimIntakeRepository intakes;
    private final ClaimSubmissionService submissions;

    public ClaimIntakeService(ClaimIntakeRepository intakes, ClaimSubmissionService submissions) {
        this.intakes = intakes;
        this.submissions = submissions;
    }

    @Transactional
    public void record(RecordCodingCommand command) {
        intakes.recordCoded(command.encounterId(), command.eventId(), command.coded());
        createClaimIfReady(command.encounterId());
    }

    @Transactional
    public void record(RecordEligibilityCommand command) {
        intakes.recordEligibility(command.encounterId(), command.eventId(), command.eligibility());
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
