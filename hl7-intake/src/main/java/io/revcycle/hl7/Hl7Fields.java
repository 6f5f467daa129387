package io.revcycle.hl7;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a message's field values and collects every problem (segment, repetition, field) instead of stopping at the
 * first one, so an AE lists them all. Blank values count as absent.
 */
public class Hl7Fields {

    private static final String DTM = "\\d{8}(\\d{2}(\\d{2}(\\d{2}(\\.\\d{1,4})?)?)?)?([+-]\\d{4})?";

    private final List<Hl7Problem> problems = new ArrayList<>();

    public List<Hl7Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    public void add(Hl7Problem problem) {
        problems.add(problem);
    }

    /** The value, or null with a "missing" problem. */
    public String required(String value, String segment, int rep, int field, String what) {
        String v = value(value);
        if (v == null) {
            problems.add(Hl7Problem.missing(segment, rep, field, what));
        }
        return v;
    }

    /** A required DT/DTM as its day. */
    public LocalDate date(String value, String segment, int rep, int field, String what) {
        if (value(value) == null) {
            problems.add(Hl7Problem.missing(segment, rep, field, what));
            return null;
        }
        return optionalDate(value, segment, rep, field, what);
    }

    /** An optional DT/DTM (YYYYMMDD[HHMM[SS[.S...]]][+/-ZZZZ]) as its day; only the day matters here. */
    public LocalDate optionalDate(String value, String segment, int rep, int field, String what) {
        String v = value(value);
        if (v == null) {
            return null;
        }
        if (!v.matches(DTM)) {
            problems.add(Hl7Problem.badValue(segment, rep, field, what + " is not an HL7 date (YYYYMMDD)"));
            return null;
        }
        try {
            return LocalDate.parse(v.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            problems.add(Hl7Problem.badValue(segment, rep, field, what + " is not a calendar date"));
            return null;
        }
    }

    /** An optional whole number. */
    public Integer integer(String value, String segment, int rep, int field, String what) {
        String v = value(value);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            problems.add(Hl7Problem.badValue(segment, rep, field, what + " is not a number"));
            return null;
        }
    }

    public static String firstOf(String... values) {
        for (String v : values) {
            if (value(v) != null) {
                return value(v);
            }
        }
        return null;
    }

    /** Trimmed, or null when blank. */
    public static String value(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
