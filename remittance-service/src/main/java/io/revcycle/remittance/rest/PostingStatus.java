package io.revcycle.remittance.rest;

import io.revcycle.remittance.domain.Remittance;

/**
 * POSTED once matched to its claim. A remittance is only created when its claim is known, so AWAITING_CLAIM no longer
 * occurs (an 835 claim payment without its claim waits in GET /remittances/unmatched); kept for API compatibility.
 */
public enum PostingStatus {
    POSTED, AWAITING_CLAIM;

    static PostingStatus of(Remittance r) {
        return r.posted() ? POSTED : AWAITING_CLAIM;
    }
}
