package io.revcycle.claims.domain;

/** Where a claim stands: held before submission, submitted, or adjudicated by the payer. */
public enum ClaimStatus {
    HELD, SUBMITTED, PAID, PARTIALLY_DENIED, DENIED
}
