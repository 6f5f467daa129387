package io.revcycle.x12;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.model.X12Node;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.FindingSink;
import io.revcycle.x12.validate.Location;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;

/**
 * Element formats the schemas cannot express, for every guide (SNIP 2): a date whose format its qualifier names
 * (DTP03 after DTP02 D8 or RD8, DMG02 after DMG01 D8; the elements are AN, so no schema checks them), and monetary
 * amounts (data element 782), which the TR3s limit to ten digits including the cents (so at most 99999999.99 and
 * two decimal places). Found by the X12 bad-input sweep: these passed as valid and reached the services.
 */
final class ElementFormats {

    /** Data element 782 (monetary amount) positions of the segments the guides RevCycle exchanges use. */
    private static final Map<String, int[]> MONEY = Map.ofEntries(Map.entry("CLM", new int[] { 2 }),
            Map.entry("SV1", new int[] { 2 }), Map.entry("SV2", new int[] { 3, 7 }),
            Map.entry("CLP", new int[] { 3, 4, 5 }), Map.entry("SVC", new int[] { 2, 3 }),
            Map.entry("BPR", new int[] { 2 }), Map.entry("AMT", new int[] { 2 }),
            Map.entry("CAS", new int[] { 3, 6, 9, 12, 15, 18 }), Map.entry("PLB", new int[] { 4, 6, 8, 10, 12, 14 }),
            Map.entry("EB", new int[] { 7 }), Map.entry("STC", new int[] { 4, 5 }), Map.entry("SVD", new int[] { 2 }),
            Map.entry("HCP", new int[] { 2, 3 }), Map.entry("CN1", new int[] { 2 }));
    private static final Set<String> DATE_SEGMENTS = Set.of("DTP", "DMG");

    private ElementFormats() {
    }

    /** Reports each malformed date and amount of {@code tx}, unless a finding already names that element. */
    static void check(TransactionSet tx, FindingSink sink, java.util.function.BiPredicate<Segment, Integer> reported) {
        walk(tx.controlNumber(), tx.body(), sink, reported);
    }

    private static void walk(String st02, Loop loop, FindingSink sink,
            java.util.function.BiPredicate<Segment, Integer> reported) {
        for (X12Node n : loop.children()) {
            if (n instanceof Loop l) {
                walk(st02, l, sink, reported);
            } else if (n instanceof Segment s) {
                segment(st02, loop.id(), s, sink, reported);
            }
        }
    }

    private static void segment(String st02, String loopId, Segment s, FindingSink sink,
            java.util.function.BiPredicate<Segment, Integer> reported) {
        if (DATE_SEGMENTS.contains(s.id())) {
            int format = s.id().equals("DTP") ? 2 : 1;
            String qualifier = s.value(format);
            String value = s.value(format + 1);
            if (!value.isEmpty() && !validDate(qualifier, value) && !reported.test(s, format + 1)) {
                sink.report(new Finding(Severity.ERROR, SnipLevel.SYNTAX,
                        Location.inTransaction(st02, s, loopId, format + 1, 0), "INVALID_DATE", "8",
                        s.id() + String.format("%02d", format + 1) + " is not a date in the format " + s.id()
                                + String.format("%02d", format) + " names (D8 CCYYMMDD, RD8 CCYYMMDD-CCYYMMDD)."));
            }
        }
        int[] money = MONEY.get(s.id());
        if (money != null) {
            for (int p : money) {
                String v = s.value(p);
                if (!v.isEmpty() && !validMoney(v) && !reported.test(s, p)) {
                    sink.report(new Finding(Severity.ERROR, SnipLevel.SYNTAX,
                            Location.inTransaction(st02, s, loopId, p, 0), "INVALID_AMOUNT", "I12",
                            s.id() + String.format("%02d", p) + " is not a monetary amount: at most eight digits "
                                    + "before the decimal point and two after it (data element 782)."));
                }
            }
        }
    }

    /** D8 and RD8 values are checked; other qualifiers (DT, TM...) are the schemas' and the mappings' business. */
    static boolean validDate(String qualifier, String value) {
        return switch (qualifier) {
            case "D8" -> X12Values.date(value) != null;
            case "RD8" -> {
                int dash = value.indexOf('-');
                LocalDate from = dash == 8 ? X12Values.date(value, 0, 8) : null;
                LocalDate to = dash == 8 ? X12Values.date(value, 9, value.length()) : null;
                // the order of the two dates is the guides' rules' business (some allow either)
                yield from != null && to != null;
            }
            default -> true;
        };
    }

    /**
     * An R value of at most 8 integer and 2 fraction digits, with an optional leading minus. Anything that is not a
     * plain decimal at all (letters, exponents) is the schema's finding (an invalid R), not reported twice.
     */
    static boolean validMoney(String v) {
        int i = v.startsWith("-") ? 1 : 0;
        int whole = 0;
        int fraction = -1;
        for (; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.' && fraction < 0) {
                fraction = 0;
            } else if (c >= '0' && c <= '9') {
                if (fraction < 0) {
                    whole++;
                } else {
                    fraction++;
                }
            } else {
                return true;
            }
        }
        return whole + Math.max(0, fraction) > 0 && whole <= 8 && fraction <= 2;
    }
}
