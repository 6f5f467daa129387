package io.revcycle.x12.claim;

import java.time.LocalDate;

/**
 * A DTP date: its qualifier (DTP01, e.g. "472" service date, "434" statement dates, "431" onset) with a date, a
 * range (end not null, RD8), a date and time (DT, time HHMM) or only a time (TM, e.g. discharge hour).
 */
public record ClaimDate(String qualifier, LocalDate date, LocalDate end, String time) {

    public static ClaimDate on(String qualifier, LocalDate date) {
        return new ClaimDate(qualifier, date, null, null);
    }

    public static ClaimDate between(String qualifier, LocalDate start, LocalDate end) {
        return new ClaimDate(qualifier, start, end, null);
    }

    /** DTP02 for this value: D8, RD8, DT or TM. */
    public String format() {
        if (date == null) {
            return "TM";
        }
        if (time != null) {
            return "DT";
        }
        return end != null ? "RD8" : "D8";
    }
}
