package io.revcycle.eligibility.domain;

import java.util.Optional;

/** The patient's relationship to the subscriber, with its X12 individual relationship code (SBR02 / INS02). */
public enum Relationship {
    SELF("18"), SPOUSE("01"), CHILD("19"), OTHER("G8");

    private final String code;

    Relationship(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Relationship> fromCode(String code) {
        for (Relationship r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
