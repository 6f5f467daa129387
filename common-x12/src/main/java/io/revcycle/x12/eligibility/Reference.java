package io.revcycle.x12.eligibility;

/** A REF segment: REF01 qualifier, REF02 identifier, REF03 description (situational in some loops). */
public record Reference(String qualifier, String value, String description) {

    public static Reference of(String qualifier, String value) {
        return new Reference(qualifier, value, null);
    }
}
