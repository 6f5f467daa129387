package io.revcycle.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimStatus;

/**
 * Records the payer's adjudication outcome on a claim at the payer (SENT, ACKNOWLEDGED or ACCEPTED). Acknowledgments
 * never move an adjudicated claim; only a later (corrected) adjudication replaces the outcome.
 */
@ApplicationScoped
public class AdjudicationService {

    private static final Logger LOG = Logger.getLogger(AdjudicationService.class);

    private final ClaimStateMachine states;
    private final DenialWorkService denials;

    private final NextPayerClaimService nextPayers;

    public AdjudicationService(ClaimStateMachine states, DenialWorkService denials, NextPayerClaimService nextPayers) {
        this.states = states;
        this.denials = denials;
        this.nextPayers = nextPayers;
    }

    /** Throws for an unknown claim or one never sent: such an event is wrong and belongs in the dead letters. */
    @Transactional
    public Claim record(RecordAdjudicationCommand command) {
        Claim claim = Claim.<Claim>findByIdOptional(command.claimId())
                .orElseThrow(() -> new IllegalStateException("claim " + command.claimId() + " does not exist"));
        if (command.forNextPayerLeg()) {
            nextPayers.recordNextPayer(claim, command);
            return claim;
        }
        if (!claim.status.atPayer() && !claim.status.adjudicated()) {
            throw new IllegalStateException("claim " + claim.claimId + " is " + claim.status
                    + ", not at the payer: it cannot be adjudicated");
        }
        claim.allowedAmount = command.allowedAmount();
        claim.paidAmount = command.paidAmount();
        claim.patientResponsibility = command.patientResponsibility();
        claim.contractualAdjustment = command.contractualAdjustment();
        claim.deniedAmount = command.deniedAmount();
        claim.adjudicatedAt = command.adjudicatedAt();
        states.move(claim, command.outcome(), command.outcome() == ClaimStatus.REVERSED
                ? "reversed by the payer (835 CLP02 22): every payment taken back, awaiting the corrected adjudication"
                : (claim.status.adjudicated() ? "re-adjudicated " : "adjudicated ") + command.outcome() + ": paid "
                        + command.paidAmount() + ", patient responsibility " + command.patientResponsibility()
                        + ", denied " + command.deniedAmount());
        if (command.outcome() == ClaimStatus.PAID) {
            denials.resolvePaid(claim); // a later remittance paid what was denied
        }
        nextPayers.afterPrimary(claim, command);
        LOG.debugf("claim %s adjudicated: %s, paid %s", claim.claimId, claim.status, claim.paidAmount);
        return claim;
    }
}
