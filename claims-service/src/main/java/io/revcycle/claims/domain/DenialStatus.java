package io.revcycle.claims.domain;

/**
 * State of a denial work item: OPEN in its department's queue; WAITING on the payer after an appeal or a corrected
 * claim; RESOLVED when it ended (paid by a later remittance, written off, voided, or not a denial at all).
 */
public enum DenialStatus {
    OPEN, WAITING, RESOLVED
}
