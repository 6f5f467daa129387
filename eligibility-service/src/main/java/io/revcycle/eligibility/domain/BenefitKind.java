package io.revcycle.eligibility.domain;

import java.util.Optional;

/** The cost-sharing benefits a 271 EB segment states (EB01 A, B, C, G). */
public enum BenefitKind {
    COINSURANCE("A"), COPAY("B"), DEDUCTIBLE("C"), OUT_OF_POCKET("G");

    private final String code;

    BenefitKind(String code) {
        this.code = code;
    }

    public static Optional<BenefitKind> fromCode(String code) {
        for (BenefitKind k : values()) {
            if (k.code.equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
