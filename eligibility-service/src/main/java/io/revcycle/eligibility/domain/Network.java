package io.revcycle.eligibility.domain;

/** EB12 in-plan-network indicator: Y in network, N out of network, W not applicable (both), U or absent unknown. */
public enum Network {
    IN, OUT, BOTH, UNKNOWN;

    public static Network fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        return switch (code) {
            case "Y" -> IN;
            case "N" -> OUT;
            case "W" -> BOTH;
            default -> UNKNOWN;
        };
    }

    /** Applies to an in-network visit (stated for in-network, for both, or without saying). */
    public boolean appliesInNetwork() {
        return this != OUT;
    }
}
