package io.revcycle.eligibility.domain;

public enum CheckResult {
    ACTIVE,
    INACTIVE,
    /** A 270 was sent; its 271 has not been taken yet. */
    PENDING,
    /** The payer did not answer in time or could not answer: a hold reason for claims, never active coverage. */
    UNVERIFIED
}
