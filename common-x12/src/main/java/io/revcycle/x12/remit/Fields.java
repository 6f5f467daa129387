package io.revcycle.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.revcycle.x12.X12Values;
import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.X12Node;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.FindingSink;
import io.revcycle.x12.validate.Location;
import io.revcycle.x12.validate.Severity;
import io.revcycle.x12.validate.SnipLevel;

/**
 * Value conversion shared by the 835 and 277CA mappings: reading never throws (a value that cannot be converted is
 * left null and reported once as a warning, the schema has already reported the syntax error) and writing formats
 * money with {@link BigDecimal#toPlainString()} and dates as CCYYMMDD.
 */
public final class Fields {

    /** Code of the warning for a value the typed record had to leave empty. */
    public static final String VALUE_NOT_MAPPED = "VALUE_NOT_MAPPED";

    private final String controlNumber;
    private final FindingSink findings;

    public Fields(String controlNumber, FindingSink findings) {
        this.controlNumber = controlNumber;
        this.findings = findings;
    }

    public String controlNumber() {
        return controlNumber;
    }

    public FindingSink findings() {
        return findings;
    }

    /** The text at a 1-based element position, null when absent. */
    public static String text(Segment s, int position) {
        if (s == null) {
            return null;
        }
        String v = s.value(position);
        return v.isEmpty() ? null : v;
    }

    /** The text of a component, null when absent. */
    public static String text(Segment s, int position, int component) {
        if (s == null) {
            return null;
        }
        String v = s.component(position, component);
        return v.isEmpty() ? null : v;
    }

    public BigDecimal decimal(Segment s, String loopId, int position) {
        return decimal(s, loopId, position, text(s, position));
    }

    private BigDecimal decimal(Segment s, String loopId, int position, String v) {
        if (v == null) {
            return null;
        }
        BigDecimal plain = X12Values.plainDecimal(v);
        if (plain != null) {
            return plain;
        }
        if (X12Values.isDecimal(v, 60)) {
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                // fall through to the finding
            }
        }
        notMapped(s, loopId, position, 0, "is not a number");
        return null;
    }

    public Integer integer(Segment s, String loopId, int position) {
        String v = text(s, position);
        if (v == null) {
            return null;
        }
        if (isShortInteger(v)) {
            return Integer.valueOf(v);
        }
        notMapped(s, loopId, position, 0, "is not a whole number");
        return null;
    }

    /** One to nine ASCII digits: a whole number that fits an int (checked by hand, without a regex matcher). */
    private static boolean isShortInteger(String v) {
        if (v.isEmpty() || v.length() > 9) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public LocalDate date(Segment s, String loopId, int position) {
        return date(s, loopId, position, text(s, position));
    }

    /** A CCYYMMDD date given as text found at {@code position} of {@code s}. */
    public LocalDate date(Segment s, String loopId, int position, String v) {
        if (v == null) {
            return null;
        }
        LocalDate d = X12Values.date(v);
        if (d != null) {
            return d;
        }
        notMapped(s, loopId, position, 0, "is not a CCYYMMDD date");
        return null;
    }

    private void notMapped(Segment s, String loopId, int position, int component, String what) {
        String name = s.id() + String.format("%02d", position);
        findings.report(new Finding(Severity.WARNING, SnipLevel.IMPLEMENTATION_GUIDE,
                Location.inTransaction(controlNumber, s, loopId, position, component), VALUE_NOT_MAPPED, null,
                name + " " + what + ": it is left empty in the typed record"));
    }

    /** Reports a finding at a segment. */
    public void report(Severity severity, SnipLevel level, String code, Segment s, String loopId, int element,
            String message) {
        findings.report(new Finding(severity, level, Location.inTransaction(controlNumber, s, loopId, element, 0),
                code, null, message));
    }

    // ---- writing ----

    public static String amount(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }

    public static String date(LocalDate d) {
        return X12Values.text(d);
    }

    public static String integer(Integer i) {
        return i == null ? null : i.toString();
    }

    /** A segment whose simple elements are given by position (1-based); missing positions are empty. */
    public static Segment segment(String id, String... values) {
        return Segment.of(id, values);
    }

    /** A composite element from its components; an element with no component at all is empty. */
    public static Element composite(List<String> components) {
        if (components.stream().allMatch(c -> c == null || c.isEmpty())) {
            return Element.EMPTY;
        }
        return Element.composite(components.toArray(String[]::new));
    }

    /** Segments of a loop in document order, including those of every nested loop (depth first). */
    public static List<Segment> allSegments(Loop loop) {
        List<Segment> out = new ArrayList<>();
        collect(loop, out);
        return out;
    }

    private static void collect(Loop loop, List<Segment> out) {
        for (X12Node n : loop.children()) {
            if (n instanceof Segment s) {
                out.add(s);
            } else if (n instanceof Loop l) {
                collect(l, out);
            }
        }
    }

    /** Loops with this id anywhere below {@code loop} (not below a match), in document order. */
    public static List<Loop> findLoops(Loop loop, String id) {
        List<Loop> out = new ArrayList<>();
        findLoops(loop, id, out);
        return out;
    }

    private static void findLoops(Loop loop, String id, List<Loop> out) {
        for (X12Node n : loop.children()) {
            if (n instanceof Loop l) {
                if (id.equals(l.id())) {
                    out.add(l);
                } else {
                    findLoops(l, id, out);
                }
            }
        }
    }

    public static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    public static boolean blank(String s) {
        return s == null || s.isEmpty();
    }
}
