package io.revcycle.x12;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.model.Element;
import io.revcycle.x12.model.FunctionalGroup;
import io.revcycle.x12.model.Interchange;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.model.X12Node;

/**
 * Writes interchanges as X12 bytes: ISA with its fixed widths (ids padded to 15, ISA11 the repetition separator,
 * ISA12 00501, ISA13 zero-padded to 9 digits, ISA16 the component separator), GS, each transaction set body between
 * ST and SE (SE01 = segment count with ST and SE), GE01 = transaction sets, IEA01 = groups.
 *
 * <p>
 * X12 5010 has no release (escape) character: a value containing a delimiter, CR or LF is refused with an
 * {@link IllegalArgumentException} that names the segment and element (never the value).
 */
public final class X12Writer {

    private X12Writer() {
    }

    public static byte[] write(Interchange interchange, Delimiters delimiters) {
        return write(List.of(interchange), delimiters);
    }

    public static byte[] write(List<Interchange> interchanges, Delimiters delimiters) {
        return writeString(interchanges, delimiters).getBytes(StandardCharsets.UTF_8);
    }

    public static String writeString(List<Interchange> interchanges, Delimiters delimiters) {
        StringBuilder out = new StringBuilder(4096);
        Out o = new Out(out, check(delimiters));
        for (Interchange i : interchanges) {
            o.interchange(i);
        }
        return out.toString();
    }

    /** Streams the interchanges to {@code out} (not closed). */
    public static void write(List<Interchange> interchanges, Delimiters delimiters, OutputStream out) {
        try {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            Out o = new Out(w, check(delimiters));
            for (Interchange i : interchanges) {
                o.interchange(i);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A transaction set alone (ST..SE), e.g. for display or tests. */
    public static String writeTransaction(TransactionSet transaction, Delimiters delimiters) {
        StringBuilder out = new StringBuilder();
        new Out(out, check(delimiters)).transaction(transaction);
        return out.toString();
    }

    static Delimiters check(Delimiters d) {
        if (d == null) {
            throw new IllegalArgumentException("delimiters are required");
        }
        char[] all = { d.segment(), d.element(), d.component(), d.repetition() };
        for (int i = 0; i < all.length; i++) {
            char c = all[i];
            if (Character.isLetterOrDigit(c) || c == ' ') {
                throw new IllegalArgumentException("delimiter '" + c + "' must not be a letter, digit or space");
            }
            for (int j = i + 1; j < all.length; j++) {
                if (all[j] == c) {
                    throw new IllegalArgumentException("delimiters must be four different characters, '" + c
                            + "' is used twice");
                }
            }
        }
        String lb = d.lineBreak() == null ? "" : d.lineBreak();
        if (!lb.isEmpty() && !lb.equals("\n") && !lb.equals("\r\n") && !lb.equals("\r")) {
            throw new IllegalArgumentException("line break must be empty, \\n, \\r\\n or \\r");
        }
        if (!lb.isEmpty() && (d.segment() == '\n' || d.segment() == '\r')) {
            throw new IllegalArgumentException("no line break may follow a CR or LF segment terminator");
        }
        return d;
    }

    private static final class Out {
        private final Appendable out;
        private final Delimiters d;
        private final String lineBreak;
        private int segments;

        Out(Appendable out, Delimiters d) {
            this.out = out;
            this.d = d;
            this.lineBreak = d.lineBreak() == null ? "" : d.lineBreak();
        }

        private Out raw(String s) {
            try {
                out.append(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        private Out raw(char c) {
            try {
                out.append(c);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        private void end() {
            raw(d.segment()).raw(lineBreak);
            segments++;
        }

        void interchange(Interchange i) {
            if (i == null) {
                throw new IllegalArgumentException("interchange is null");
            }
            raw("ISA");
            fixed("ISA01", i.authorizationQualifier(), 2, "00");
            fixed("ISA02", i.authorization(), 10, "");
            fixed("ISA03", i.securityQualifier(), 2, "00");
            fixed("ISA04", i.security(), 10, "");
            fixed("ISA05", i.senderQualifier(), 2, "ZZ");
            fixed("ISA06", i.senderId(), 15, null);
            fixed("ISA07", i.receiverQualifier(), 2, "ZZ");
            fixed("ISA08", i.receiverId(), 15, null);
            fixed("ISA09", i.date(), 6, null);
            fixed("ISA10", i.time(), 4, null);
            raw(d.element()).raw(d.repetition());
            raw(d.element()).raw("00501");
            String isa13 = i.controlNumber() == null ? "" : i.controlNumber().trim();
            if (!isa13.matches("[0-9]{1,9}")) {
                throw new IllegalArgumentException("ISA13 (interchange control number) must be 1 to 9 digits");
            }
            isa13 = "0".repeat(9 - isa13.length()) + isa13;
            raw(d.element()).raw(isa13);
            raw(d.element()).raw(i.acknowledgmentRequested() ? "1" : "0");
            fixed("ISA15", i.usage(), 1, "P");
            raw(d.element()).raw(d.component());
            end();
            for (FunctionalGroup g : i.groups()) {
                group(g);
            }
            segment(Segment.of("IEA", Integer.toString(i.groups().size()), isa13));
        }

        private void fixed(String name, String value, int width, String fallback) {
            String v = value == null || value.isEmpty() ? fallback : value;
            if (v == null || (v.isBlank() && width < 10)) {
                throw new IllegalArgumentException(name + " is required");
            }
            if (v.length() > width) {
                throw new IllegalArgumentException(name + " is longer than its fixed width of " + width);
            }
            checkValue(v, "ISA", name);
            raw(d.element()).raw(v).raw(" ".repeat(width - v.length()));
        }

        void group(FunctionalGroup g) {
            segment(Segment.of("GS", g.functionalId(), g.senderCode(), g.receiverCode(), g.date(), g.time(),
                    g.controlNumber(), "X", g.version()));
            for (TransactionSet t : g.transactions()) {
                transaction(t);
            }
            segment(Segment.of("GE", Integer.toString(g.transactions().size()), g.controlNumber()));
        }

        void transaction(TransactionSet t) {
            int start = segments;
            segment(Segment.of("ST", t.id(), t.controlNumber(), t.implementationReference()));
            if (t.body() != null) {
                loop(t.body());
            }
            int count = segments - start + 1;
            segment(Segment.of("SE", Integer.toString(count), t.controlNumber()));
        }

        private void loop(Loop loop) {
            for (X12Node n : loop.children()) {
                if (n instanceof Segment s) {
                    segment(s);
                } else if (n instanceof Loop l) {
                    loop(l);
                }
            }
        }

        void segment(Segment s) {
            String id = s.id();
            if (id == null || !id.matches("[A-Z0-9]{2,3}")) {
                throw new IllegalArgumentException("segment id must be 2 or 3 letters or digits");
            }
            raw(id);
            List<Element> elements = s.elements();
            for (int e = 0; e < elements.size(); e++) {
                raw(d.element());
                List<List<String>> reps = elements.get(e).repetitions();
                for (int r = 0; r < reps.size(); r++) {
                    if (r > 0) {
                        raw(d.repetition());
                    }
                    List<String> comps = reps.get(r);
                    int last = comps.size();
                    while (last > 1 && (comps.get(last - 1) == null || comps.get(last - 1).isEmpty())) {
                        last--;
                    }
                    for (int c = 0; c < last; c++) {
                        if (c > 0) {
                            raw(d.component());
                        }
                        String v = comps.get(c) == null ? "" : comps.get(c);
                        checkValue(v, id, position(id, e + 1, last > 1 ? c + 1 : 0));
                        raw(v);
                    }
                }
            }
            end();
        }

        private static String position(String id, int element, int component) {
            String p = id + (element < 10 ? "0" : "") + element;
            return component > 0 ? p + "-" + (component < 10 ? "0" : "") + component : p;
        }

        private void checkValue(String v, String segment, String where) {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == d.segment() || c == d.element() || c == d.component() || c == d.repetition() || c == '\r'
                        || c == '\n') {
                    throw new IllegalArgumentException(where + " contains " + describe(c)
                            + ": X12 5010 has no escape character, so a value may not contain a delimiter");
                }
            }
        }

        private String describe(char c) {
            if (c == d.segment()) {
                return "the segment terminator";
            }
            if (c == d.element()) {
                return "the element separator";
            }
            if (c == d.component()) {
                return "the component separator";
            }
            if (c == d.repetition()) {
                return "the repetition separator";
            }
            return "a line break";
        }
    }
}
