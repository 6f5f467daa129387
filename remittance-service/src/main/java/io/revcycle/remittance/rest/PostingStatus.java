package io.revcycle.remittance.rest;

import io.revcycle.remittance.domain.Remittance;

/** POSTED once matched to its claim; AWAITING_CLAIM while the ClaimSubmitted event has not arrived. */
public enum PostingStatus {
    POSTED, AWAITING_CLAIM;

    static PostingStatus of(Remittance r) {
        return r.posted() ? POSTED : AWAITING_CLAIM;
    }
}
