package io.revcycle.x12.eligibility;

import java.time.LocalDate;

/**
 * A DTP segment: DTP01 qualifier (e.g. 291 plan, 472 service), a single date (DTP02 D8, {@code end} null) or a range
 * (DTP02 RD8, {@code end} set, even when equal to {@code start}).
 */
public record DatePeriod(String qualifier, LocalDate start, LocalDate end) {

    public static DatePeriod on(String qualifier, LocalDate date) {
        return new DatePeriod(qualifier, date, null);
    }

    public static DatePeriod between(String qualifier, LocalDate start, LocalDate end) {
        return new DatePeriod(qualifier, start, end);
    }

    public boolean isRange() {
        return end != null;
    }
}
