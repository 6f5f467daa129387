package io.revcycle.claims.domain;

/** Why a denied amount is written off (the reason code of the write-off adjustment). */
public enum WriteOffReason {
    /** Filed or appealed too late: not collectible from payer or patient. */
    TIMELY_FILING,
    /** Service needed an authorization that was not obtained: not billable to the patient under most contracts. */
    NO_AUTHORIZATION,
    /** Not covered and no waiver or financial agreement with the patient on file. */
    NON_COVERED_NO_WAIVER,
    /** Appeals exhausted. */
    APPEAL_EXHAUSTED,
    /** Bundled service correctly denied. */
    BUNDLED,
    /** Below the small-balance threshold: cheaper to write off than to work. */
    SMALL_BALANCE,
    ADMINISTRATIVE
}
