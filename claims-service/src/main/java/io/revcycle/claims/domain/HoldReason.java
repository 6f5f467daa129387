package io.revcycle.claims.domain;

/** Why a claim was not submitted; a biller has to act before it can go out. */
public enum HoldReason {
    /** The eligibility check found no active coverage on the date of service. */
    COVERAGE_INACTIVE,
    /** A line's procedure code has no chargemaster price on the date of service. */
    NO_CHARGE
}
