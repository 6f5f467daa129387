package io.revcycle.claims.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimStatus;

/** Records the payer's adjudication outcome on a submitted claim. */
@ApplicationScoped
public class AdjudicationService {

    private static final Logger LOG = Logger.getLogger(AdjudicationService.class);

    /** Throws for an unknown or never-submitted claim: such an event is wrong and belongs in the dead letters. */
    @Transactional
    public Claim record(RecordAdjudicationCommand command) {
        Claim claim = Claim.<Claim>findByIdOptional(command.claimId())
                .orElseThrow(() -> new IllegalStateException("claim " + command.claimId() + " does not exist"));
        if (claim.status == ClaimStatus.HELD) {
            throw new IllegalStateException("claim " + claim.claimId + " is held and was never submitted");
        }
        claim.status = command.outcome();
        claim.allowedAmount = command.allowedAmount();
        claim.paidAmount = command.paidAmount();
        claim.patientResponsibility = command.patientResponsibility();
        claim.contractualAdjustment = command.contractualAdjustment();
        claim.deniedAmount = command.deniedAmount();
        claim.adjudicatedAt = command.adjudicatedAt();
        claim.updatedAt = Instant.now();
        LOG.infof("claim %s adjudicated: %s, paid %s", claim.claimId, claim.status, claim.paidAmount);
        return claim;
    }
}
