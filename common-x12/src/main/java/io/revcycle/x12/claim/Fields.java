package io.revcycle.x12.claim;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.revcycle.x12.X12Values;
import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.X12Node;

/** Value conversions shared by the 837 reader, writer and rules. Never throws on bad text: returns null instead. */
final class Fields {

    private Fields() {
    }

    /** The simple value at a position, null when absent. */
    static String str(Segment s, int position) {
        if (s == null) {
            return null;
        }
        String v = s.value(position);
        return v.isEmpty() ? null : v;
    }

    static String comp(Segment s, int position, int component) {
        if (s == null) {
            return null;
        }
        String v = s.component(position, component);
        return v.isEmpty() ? null : v;
    }

    static BigDecimal dec(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        BigDecimal plain = X12Values.plainDecimal(text); // the usual amount, read in one scan
        if (plain != null) {
            return plain;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal dec(Segment s, int position) {
        return dec(str(s, position));
    }

    static Integer integer(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(String text) {
        return X12Values.date(text);
    }

    static LocalDate date(String text, int begin, int end) {
        return X12Values.date(text, begin, end);
    }

    static String text(LocalDate d) {
        return X12Values.text(d);
    }

    static String text(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    static String text(Integer i) {
        return i == null ? null : i.toString();
    }

    /**
     * The IG loop family of a loop id as a number: 2010 for "2010AA" and "L2010", 1000 for "1000A"; -1 when the id
     * (after an optional L) does not start with four digits. Read in place, without a substring: the reader and the
     * rules ask it of every loop they visit.
     */
    static int family(Loop loop) {
        String id = loop.id();
        if (id == null) {
            return -1;
        }
        int from = id.startsWith("L") ? 1 : 0;
        if (id.length() - from < 4) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < from + 4; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The first segment with this id directly in the loop, null when none (Loop.segment without the Optional). */
    static Segment first(Loop loop, String id) {
        for (X12Node n : loop.children()) {
            if (n instanceof Segment s && s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    static Element el(String value) {
        return Element.of(value);
    }
}
