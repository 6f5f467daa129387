package io.revcycle.coding.domain;

import java.util.Arrays;

/** Why claims-service holds an encounter's claim, as coding's DNFB breaks "held in claims" down. */
public enum ClaimHoldReason {
    /** ClaimHeld: the eligibility check found no active coverage on the date of service. */
    COVERAGE_INACTIVE,
    /** ClaimHeld: a line's code has no chargemaster price on the date of service. */
    NO_CHARGE,
    /** ClaimHeld: the last eligibility check was too old to send on; claims-service asked for a fresh one. */
    ELIGIBILITY_REVERIFICATION,
    /** ClaimRejected at stage SCRUB: the claim failed validation before sending and is in claims' correction queue. */
    SCRUB_REJECTED,
    /** ClaimHeld with a reason this release does not know (claims-service may add reasons). */
    UNKNOWN;

    /** ClaimHeld.holdReason as coding reads it: an unknown or newer value is UNKNOWN, not an error. */
    public static ClaimHoldReason ofClaimHeld(String reason) {
        return Arrays.stream(values()).filter(r -> r != SCRUB_REJECTED && r.name().equals(reason)).findFirst()
                .orElse(UNKNOWN);
    }
}
