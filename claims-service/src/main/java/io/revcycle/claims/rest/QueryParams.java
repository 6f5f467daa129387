package io.revcycle.claims.rest;

import java.util.Arrays;
import java.util.Optional;

import io.revcycle.rest.ProblemException;

/** Query-parameter parsing that answers 400 problem+json (JAX-RS would answer 404 for a bad enum). */
final class QueryParams {

    private QueryParams() {
    }

    static <E extends Enum<E>> Optional<E> enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", not '" + value + "'");
        }
    }

    static int intValue(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a whole number, not '" + value + "'");
        }
    }

    static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
