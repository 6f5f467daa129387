package io.revcycle.x12.eligibility;

/** One HI composite: code list qualifier (ABK/BK principal diagnosis, ABF/BF other) and code. */
public record HealthCode(String qualifier, String code) {
}
