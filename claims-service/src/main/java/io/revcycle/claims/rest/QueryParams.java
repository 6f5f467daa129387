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

    /** A validated page request: page from 0, size 1..max (default when absent), page × size within an int. */
    record Paging(int page, int size) {
    }

    static Paging paging(String page, String size, int defaultSize, int maxSize) {
        int p = intValue("page", page, 0);
        int s = intValue("size", size, defaultSize);
        if (s < 1 || s > maxSize) {
            throw ProblemException.badRequest("size must be between 1 and " + maxSize);
        }
        if (p < 0 || (long) p * s > Integer.MAX_VALUE) {
            throw ProblemException.badRequest("page must be between 0 and " + Integer.MAX_VALUE / s);
        }
        return new Paging(p, s);
    }

    static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
