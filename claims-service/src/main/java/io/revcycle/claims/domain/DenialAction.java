package io.revcycle.claims.domain;

/** What can be done about a denial; each is announced as a DenialActionTaken and noted on the claim's timeline. */
public enum DenialAction {
    ASSIGNED, NOTED, CORRECTED, VOIDED, APPEALED, WRITTEN_OFF, RESOLVED, ROUTED_TO_CODING,
    /** coding-service completed its re-review: the line is back with billing (by the coder). */
    RETURNED_FROM_CODING
}
