package io.revcycle.eligibility.domain;

/** How a payer is reached. */
public enum GatewayRoute {
    /** X12 files through the shared EDI gateway (revcycle.edi.to-payer / from-payer): 837, 270, 276. */
    EDI_GATEWAY,
    /** No electronic connection (paper, portal): nothing is sent; eligibility stays unverified. */
    OFFLINE
}
