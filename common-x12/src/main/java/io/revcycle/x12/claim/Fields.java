package io.revcycle.x12.claim;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.revcycle.x12.X12Values;
import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;

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

    static String text(LocalDate d) {
        return X12Values.text(d);
    }

    static String text(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    static String text(Integer i) {
        return i == null ? null : i.toString();
    }

    /** The IG loop family of a loop id: "2010AA" and "L2010" are both "2010"; "1000A" is "1000". */
    static String family(Loop loop) {
        String id = loop.id() == null ? "" : loop.id();
        if (id.startsWith("L")) {
            id = id.substring(1);
        }
        return id.length() >= 4 ? id.substring(0, 4) : id;
    }

    static Element el(String value) {
        return Element.of(value);
    }
}
