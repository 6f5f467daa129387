package io.revcycle.claims.domain;

/** Where a claim was stopped before adjudication. */
public enum RejectionStage {
    /** Our own SNIP 1-4 scrub before sending. */
    SCRUB,
    /** A 999 rejected the claim's transaction set. */
    ACK_999,
    /** A 277CA rejected the claim. */
    ACK_277CA
}
