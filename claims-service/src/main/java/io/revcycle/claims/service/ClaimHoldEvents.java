package io.revcycle.claims.service;

import io.revcycle.claims.domain.Claim;

/**
 * The port through which a hold is announced (ClaimHeld, in the transaction that holds the claim): claims-service
 * publishes nothing else while a claim waits for a biller, and coding's DNFB needs to tell that wait apart.
 */
public interface ClaimHoldEvents {

    /** The claim has just entered HELD, or is still HELD for another reason (its holdReason and holdDetail set). */
    void held(Claim claim);
}
