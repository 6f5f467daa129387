package io.revcycle.remittance.domain;

/** How the payer adjudicated a claim, as announced in ClaimAdjudicated.outcome. */
public enum Outcome {
    PAID, PARTIALLY_DENIED, DENIED
}
