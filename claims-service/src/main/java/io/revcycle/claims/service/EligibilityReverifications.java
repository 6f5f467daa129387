package io.revcycle.claims.service;

import java.time.Duration;

import io.revcycle.claims.domain.Claim;

/**
 * The port through which a fresh eligibility check is asked for (EligibilityReverificationRequested, in the
 * transaction that holds the claim for it).
 */
public interface EligibilityReverifications {

    /** The claim's last check ({@code claim.eligibilityCheckedAt}) is older than {@code maxAge}. */
    void request(Claim claim, Duration maxAge);
}
