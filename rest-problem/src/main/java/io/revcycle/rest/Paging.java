package io.revcycle.rest;

/**
 * A list's page request as the query gives it ({@code page} from 0, {@code size} 1..max, default when absent), checked
 * once for every service: anything else is a 400 problem naming the parameter, and page × size stays within an int.
 */
public record Paging(int page, int size) {

    public static Paging of(String page, String size, int defaultSize, int maxSize) {
        int s = number("size", size, defaultSize);
        if (s < 1 || s > maxSize) {
            throw ProblemException.badRequest("size must be between 1 and " + maxSize);
        }
        int p = number("page", page, 0);
        if (p < 0 || (long) p * s > Integer.MAX_VALUE) {
            throw ProblemException.badRequest("page must be between 0 and " + Integer.MAX_VALUE / s);
        }
        return new Paging(p, s);
    }

    private static int number(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a whole number, not '" + value + "'");
        }
    }
}
