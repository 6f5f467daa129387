package io.revcycle.x12;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * X12 values the guides share: CCYYMMDD dates (DT, format qualifier D8) and plain decimals (R). Checked by hand, not
 * with a DateTimeFormatter or a regular expression, because the typed readers convert several per segment.
 */
public final class X12Values {

    private X12Values() {
    }

    /** The date of eight digits CCYYMMDD, null when {@code text} is not one (or not a calendar date). */
    public static LocalDate date(String text) {
        return text == null ? null : date(text, 0, text.length());
    }

    /**
     * {@link #date(String)} of {@code text.substring(begin, end)} without the substring: the two dates of an RD8
     * range, the date of a DT date-time.
     */
    public static LocalDate date(String text, int begin, int end) {
        if (end - begin != 8) {
            return null;
        }
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(text, begin, begin + 4, 10),
                    Integer.parseInt(text, begin + 4, begin + 6, 10), Integer.parseInt(text, begin + 6, end, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** CCYYMMDD of a date from year 0 to 9999, null for null. */
    public static String text(LocalDate date) {
        if (date == null) {
            return null;
        }
        int y = date.getYear();
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        if (y < 0 || y > 9999) {
            throw new IllegalArgumentException("an X12 date has four year digits: " + y);
        }
        char[] c = { (char) ('0' + y / 1000), (char) ('0' + y / 100 % 10), (char) ('0' + y / 10 % 10),
            (char) ('0' + y % 10), (char) ('0' + m / 10), (char) ('0' + m % 10), (char) ('0' + d / 10),
            (char) ('0' + d % 10) };
        return new String(c);
    }

    /**
     * Whether the text is a plain decimal: an optional minus, digits with at most one decimal point, at least one
     * digit, no exponent, at most {@code maxDigits} digits.
     */
    public static boolean isDecimal(String text, int maxDigits) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        int i = text.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0 && digits <= maxDigits;
    }

    /**
     * The usual amount, an optional minus and at most 18 digits with at most one decimal point between digits, as
     * {@code BigDecimal.valueOf(unscaled, scale)}: equal to {@code new BigDecimal(text)} (same value and scale), in
     * one scan and without the constructor's char[] copy. Null for any other text (also null or ""), which the caller
     * then checks and reads the slow way. The typed readers read most amounts through this.
     */
    public static BigDecimal plainDecimal(String text) {
        int n = text == null ? 0 : text.length();
        int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (i == n || n - i > 19) {
            return null; // empty, just "-", or too long for a long (18 digits and a point)
        }
        long unscaled = 0;
        int point = -1;
        for (int j = i; j < n; j++) {
            char c = text.charAt(j);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
            } else if (c == '.' && point < 0 && j > i && j < n - 1) {
                point = j;
            } else {
                return null;
            }
        }
        if (point < 0 && n - i > 18) {
            return null;
        }
        return BigDecimal.valueOf(i == 1 ? -unscaled : unscaled, point < 0 ? 0 : n - 1 - point);
    }
}
