package io.revcycle.x12;

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
        if (text == null || text.length() != 8) {
            return null;
        }
        for (int i = 0; i < 8; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 4, 6, 10),
                    Integer.parseInt(text, 6, 8, 10));
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
}
