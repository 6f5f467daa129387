package io.revcycle.eligibility.domain;

/** Where a check's result came from. */
public enum CheckSource {
    /** The coverages on file (payers without real-time eligibility in the directory). */
    ON_FILE,
    /** The payer's 271 answer to this check's 270. */
    PAYER_271,
    /** A 271 answered for the same member, date and service type within the cache time. */
    CACHED_271
}
