package io.revcycle.eligibility.domain;

/** Why no coverage was active on the date of service (the values of EligibilityVerified.inactiveReason). */
public enum InactiveReason {
    /** The payer has no coverage on file for the member. */
    NO_COVERAGE_ON_FILE,
    /** Every coverage of the member starts after the date of service. */
    NOT_YET_EFFECTIVE,
    /** The member's coverage had ended by the date of service. */
    TERMINATED,
    /** The payer's 271 said the coverage is inactive (EB01 6, 7 or 8). */
    PAYER_REPORTED_INACTIVE,
    /** The payer's 271 rejected the member id (AAA 72). */
    INVALID_MEMBER_ID,
    /** The payer's 271 found no such subscriber (AAA 75). */
    SUBSCRIBER_NOT_FOUND,
    /** No 271 in time, or the payer could not answer (AAA 42 and others): not verified, never taken as active. */
    UNVERIFIED
}
