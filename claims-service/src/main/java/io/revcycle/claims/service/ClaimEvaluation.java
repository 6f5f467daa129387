package io.revcycle.claims.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.ClaimType;
import io.revcycle.claims.domain.HoldReason;
import io.revcycle.claims.domain.RejectionStage;

/**
 * Decides where a claim goes before it is sent, for a new claim and again whenever something it waited for changes
 * (coverage, a chargemaster price, a biller's release or correction): held (coverage inactive, a code without a
 * price), ready (priced, built and scrubbed clean) or rejected into the correction queue (scrub findings).
 */
@ApplicationScoped
public class ClaimEvaluation {

    private final ChargePricer pricer;
    private final PatientControlNumbers controlNumbers;
    private final ClaimScrubber scrubber;
    private final ClaimStateMachine states;
    private final ClaimRejections rejections;

    public ClaimEvaluation(ChargePricer pricer, PatientControlNumbers controlNumbers, ClaimScrubber scrubber,
            ClaimStateMachine states, ClaimRejections rejections) {
        this.pricer = pricer;
        this.controlNumbers = controlNumbers;
        this.scrubber = scrubber;
        this.states = states;
        this.rejections = rejections;
    }

    /** Where the claim should go; re-prices its lines and assigns its patient control number when it is built. */
    public Decision decide(Claim claim, Coverage coverage) {
        List<String> unpriced = pricer.price(claim);
        if (!coverage.active()) {
            return Decision.hold(HoldReason.COVERAGE_INACTIVE,
                    coverage.inactiveReason() == null ? "coverage inactive" : coverage.inactiveReason());
        }
        if (!unpriced.isEmpty()) {
            return Decision.hold(HoldReason.NO_CHARGE,
                    "no chargemaster price on " + claim.dateOfService + " for " + String.join(", ", unpriced));
        }
        if (claim.patientControlNumber == null) {
            claim.patientControlNumber = controlNumbers.next();
        }
        ScrubResult scrub = scrubber.scrub(claim);
        return scrub.clean() ? new Decision(ClaimStatus.READY, null, null, scrub)
                : new Decision(ClaimStatus.REJECTED, null, null, scrub);
    }

    /** Applies a decision to a new claim (persisting it) or an existing one, with the cause on its timeline. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Claim claim, Decision decision, String cause) {
        claim.holdReason = decision.holdReason();
        claim.holdDetail = decision.holdDetail();
        String why = cause + "; " + decision.describe(claim);
        if (claim.status == null) {
            claim.status = decision.status();
            claim.readyAt = decision.status() == ClaimStatus.READY ? claim.createdAt : null;
            // flushed now so that a second claim for the encounter fails here, on the unique constraint
            claim.persistAndFlush();
            states.started(claim, why);
            if (decision.status() == ClaimStatus.REJECTED) {
                rejections.enqueue(claim, RejectionStage.SCRUB, decision.scrub().codes(), decision.scrub().reason(),
                        null, null);
            }
        } else if (decision.status() == ClaimStatus.REJECTED) {
            rejections.reject(claim, RejectionStage.SCRUB, decision.scrub().codes(), decision.scrub().reason(), null,
                    null);
        } else {
            states.move(claim, decision.status(), why);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluate(Claim claim, Coverage coverage, String cause) {
        apply(claim, decide(claim, coverage), cause);
    }

    /** Coverage as the evaluation sees it: active, or inactive with the eligibility check's reason. */
    public record Coverage(boolean active, String inactiveReason) {
        public static final Coverage ACTIVE = new Coverage(true, null);
    }

    public record Decision(ClaimStatus status, HoldReason holdReason, String holdDetail, ScrubResult scrub) {

        static Decision hold(HoldReason reason, String detail) {
            return new Decision(ClaimStatus.HELD, reason, detail, null);
        }

        String describe(Claim claim) {
            return switch (status) {
                case HELD -> "held " + holdReason + ": " + holdDetail;
                case READY -> "built as " + (claim.claimType == ClaimType.INSTITUTIONAL ? "837I" : "837P") + " "
                        + claim.patientControlNumber + " and scrubbed clean";
                default -> "scrub found errors: " + scrub.reason();
            };
        }
    }
}
