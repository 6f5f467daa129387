package io.revcycle.claims.domain;

/** Why a claim was not submitted; a biller has to act before it can go out. */
public enum HoldReason {
    /** The eligibility check found no active coverage on the date of service. */
    COVERAGE_INACTIVE,
    /** A line's procedure code has no chargemaster price on the date of service. */
    NO_CHARGE,
    /**
     * The last eligibility check is older than revcycle.claims.eligibility-max-age: a fresh one was asked for, and the
     * claim goes on (or is held COVERAGE_INACTIVE with its reason) when the answer comes.
     */
    ELIGIBILITY_REVERIFICATION
}
