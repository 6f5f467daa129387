package io.revcycle.eligibility.domain;

/** Why no coverage was active on the date of service (the values of EligibilityVerified.inactiveReason). */
public enum InactiveReason {
    /** The payer has no coverage on file for the member. */
    NO_COVERAGE_ON_FILE,
    /** Every coverage of the member starts after the date of service. */
    NOT_YET_EFFECTIVE,
    /** The member's coverage had ended by the date of service. */
    TERMINATED
}
