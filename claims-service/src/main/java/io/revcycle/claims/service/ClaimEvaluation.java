package io.revcycle.claims.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.claims.config.ClaimsConfig;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.ClaimType;
import io.revcycle.claims.domain.HoldReason;
import io.revcycle.claims.domain.RejectionStage;

/**
 * Decides where a claim goes before it is sent, for a new claim and again whenever something it waited for changes
 * (coverage, a chargemaster price, a biller's release or correction): held (coverage inactive, a code without a
 * price, an eligibility check too old to send on), ready (priced, built and scrubbed clean) or rejected into the
 * correction queue (scrub findings).
 */
@ApplicationScoped
public class ClaimEvaluation {

    private final ChargePricer pricer;
    private final PatientControlNumbers controlNumbers;
    private final ClaimScrubber scrubber;
    private final ClaimStateMachine states;
    private final ClaimRejections rejections;
    private final EligibilityReverifications reverifications;
    private final ClaimHoldEvents holds;
    private final Clock clock;
    private final Duration eligibilityMaxAge;

    public ClaimEvaluation(ChargePricer pricer, PatientControlNumbers controlNumbers, ClaimScrubber scrubber,
            ClaimStateMachine states, ClaimRejections rejections, EligibilityReverifications reverifications,
            ClaimHoldEvents holds, Clock clock, ClaimsConfig config) {
        this.reverifications = reverifications;
        this.holds = holds;
        this.clock = clock;
        this.eligibilityMaxAge = config.eligibilityMaxAge();
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
        if (!coverage.confirmedNow() && checkTooOld(claim)) {
            return Decision.hold(HoldReason.ELIGIBILITY_REVERIFICATION, "eligibility last checked "
                    + claim.eligibilityCheckedAt + ", more than " + eligibilityMaxAge.toDays()
                    + " days ago: a fresh check was asked for");
        }
        if (claim.patientControlNumber == null) {
            claim.patientControlNumber = controlNumbers.next();
        }
        ScrubResult scrub = scrubber.scrub(claim);
        return scrub.clean() ? new Decision(ClaimStatus.READY, null, null, scrub)
                : new Decision(ClaimStatus.REJECTED, null, null, scrub);
    }

    /**
     * Applies a decision to a new claim (persisting it) or an existing one, with the cause on its timeline; a claim
     * that enters HELD, or stays HELD for another reason, is announced (ClaimHeld) in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Claim claim, Decision decision, String cause) {
        boolean newHold = decision.status() == ClaimStatus.HELD
                && (claim.status != ClaimStatus.HELD || claim.holdReason != decision.holdReason());
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
        if (newHold) {
            holds.held(claim);
        }
    }

    /** A hold for re-verification asks for the fresh check in the same transaction (again on every re-evaluation). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluate(Claim claim, Coverage coverage, String cause) {
        Decision decision = decide(claim, coverage);
        apply(claim, decision, cause);
        if (decision.holdReason() == HoldReason.ELIGIBILITY_REVERIFICATION) {
            reverifications.request(claim, eligibilityMaxAge);
        }
    }

    /**
     * Only a first submission is re-verified: a replacement or void answers an adjudication the payer already made.
     * A claim whose check time is unknown is not held for it.
     */
    private boolean checkTooOld(Claim claim) {
        return Claim.ORIGINAL.equals(claim.frequencyCode) && claim.eligibilityCheckedAt != null
                && claim.eligibilityCheckedAt.plus(eligibilityMaxAge).isBefore(clock.instant());
    }

    /**
     * Coverage as the evaluation sees it: active, or inactive with the eligibility check's reason. {@code confirmedNow}:
     * the answer to a re-verification this service asked for, or a biller releasing the claim, so the check's age is
     * not held against it (a clock running ahead of eligibility-service's would otherwise ask forever).
     */
    public record Coverage(boolean active, String inactiveReason, boolean confirmedNow) {
        public static final Coverage ACTIVE = new Coverage(true, null);
        public static final Coverage CONFIRMED_BY_BILLER = new Coverage(true, null, true);

        public Coverage(boolean active, String inactiveReason) {
            this(active, inactiveReason, false);
        }
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
