package io.revcycle.x12.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Named, deterministic malformed variants of one valid X12 interchange, of the kinds a partner's broken file shows:
 * truncation (at and inside segments), wrong or mixed delimiters, envelope counts that are off, control numbers that
 * do not match, invalid dates and date formats, invalid amounts, missing mandatory segments and unknown transaction
 * sets. Unlike {@link Mutator} (random bytes for the parser alone), every mutant here has a name that says what is
 * wrong, so a service's sweep can report and pin the one it mishandled. The same input and seed give the same
 * mutants, in the same order; each differs from the input and from every other one.
 */
public final class MalformedX12 {

    public enum Kind {
        TRUNCATION, DELIMITERS, COUNTS, CONTROL_NUMBERS, DATES, AMOUNTS, MISSING_SEGMENT, UNKNOWN_TRANSACTION_SET
    }

    /** One malformed file; {@code name} says what was done where (segment id and 0-based position). */
    public record Mutant(String name, Kind kind, byte[] bytes) {

        public String text() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Monetary amount elements (segment id → element positions) of the guides RevCycle exchanges. */
    private static final Map<String, int[]> AMOUNTS = Map.ofEntries(Map.entry("CLM", new int[] { 2 }),
            Map.entry("SV1", new int[] { 2 }), Map.entry("SV2", new int[] { 3 }),
            Map.entry("CLP", new int[] { 3, 4, 5 }), Map.entry("SVC", new int[] { 2, 3 }),
            Map.entry("BPR", new int[] { 2 }), Map.entry("AMT", new int[] { 2 }), Map.entry("CAS", new int[] { 3 }),
            Map.entry("PLB", new int[] { 4 }), Map.entry("EB", new int[] { 7 }), Map.entry("STC", new int[] { 4 }));
    /** CCYYMMDD date elements outside DTP (whose DTP03 is one when DTP02 is D8). */
    private static final Map<String, int[]> DATES = Map.of("BHT", new int[] { 4 }, "DMG", new int[] { 2 }, "DTM",
            new int[] { 2 }, "BPR", new int[] { 16 }, "GS", new int[] { 4 });
    /** Segments a guide requires where they appear (the first of each present is removed). */
    private static final List<String> MANDATORY = List.of("BHT", "BPR", "TRN", "N1", "SBR", "CLM", "HI", "CLP",
            "SV1", "SV2", "SVC", "AK1", "AK2", "IK5", "AK9", "STC", "EB", "HL", "NM1");
    private static final String[] BAD_DATES = { "20261332", "20260230", "2026013A" };
    /**
     * Letters, more decimals than cents, longer than an R element may be (18), and more than any amount column
     * holds (numeric(12,2)) while still a valid R.
     */
    private static final String[] BAD_AMOUNTS = { "12A.50", "100.125", "1234567890123456789", "99999999999.99" };

    private MalformedX12() {
    }

    /**
     * The mutants of {@code valid} (one interchange starting with a 106-character ISA); {@code seed} picks which
     * segments the positional kinds hit.
     *
     * @throws IllegalArgumentException when {@code valid} does not start with an ISA segment
     */
    public static List<Mutant> mutants(byte[] valid, long seed) {
        Doc doc = Doc.parse(valid);
        Out out = new Out(doc.bytes());
        Random random = new Random(seed);
        truncations(doc, random, out);
        delimiters(doc, random, out);
        counts(doc, out);
        controlNumbers(doc, out);
        dates(doc, random, out);
        amounts(doc, random, out);
        missing(doc, out);
        unknownTransactionSets(doc, out);
        return out.list();
    }

    private static void truncations(Doc doc, Random random, Out out) {
        byte[] all = doc.bytes();
        int[] ends = doc.segmentEnds();
        List<Integer> at = picks(doc, random, 3);
        for (int i : at) {
            out.add("truncated-after-" + doc.id(i) + "#" + i, Kind.TRUNCATION, Arrays.copyOf(all, ends[i]));
        }
        for (int i : at) {
            int start = i == 0 ? 0 : ends[i - 1];
            int length = doc.segments.get(i).length();
            // at least one character of the segment's own text is lost
            int cut = start + 1 + random.nextInt(Math.max(1, length - 1));
            out.add("truncated-inside-" + doc.id(i) + "#" + i + "@" + (cut - start), Kind.TRUNCATION,
                    Arrays.copyOf(all, cut));
        }
    }

    /** Envelope segments (ISA, GS, ST, SE, GE, IEA when present) and {@code body} random segments inside ST/SE. */
    private static List<Integer> picks(Doc doc, Random random, int body) {
        List<Integer> at = new ArrayList<>();
        for (String id : List.of("ISA", "GS", "ST", "SE", "GE", "IEA")) {
            int i = doc.first(id);
            if (i >= 0) {
                at.add(i);
            }
        }
        at.addAll(bodySegments(doc, random, body));
        return at.stream().distinct().sorted().toList();
    }

    private static List<Integer> bodySegments(Doc doc, Random random, int n) {
        int st = doc.first("ST");
        int se = doc.first("SE");
        if (st < 0 || se <= st + 1) {
            return List.of();
        }
        Set<Integer> chosen = new HashSet<>();
        while (chosen.size() < Math.min(n, se - st - 1)) {
            chosen.add(st + 1 + random.nextInt(se - st - 1));
        }
        return chosen.stream().sorted().toList();
    }

    private static void delimiters(Doc doc, Random random, Out out) {
        char other = doc.unused("|!`@");
        String isa = doc.segments.get(0);
        out.add("isa-element-separator-differs-from-body", Kind.DELIMITERS,
                doc.with(0, isa.replace(doc.element, other)).bytes());
        out.add("isa16-component-separator-equals-element-separator", Kind.DELIMITERS,
                doc.with(0, isa.substring(0, 104) + doc.element).bytes());
        out.add("isa11-repetition-separator-equals-element-separator", Kind.DELIMITERS,
                doc.with(0, isa.substring(0, 82) + doc.element + isa.substring(83)).bytes());
        // the ISA's own terminator then differs from the one every other segment ends with
        byte[] terminator = doc.bytes();
        terminator[105] = (byte) other;
        out.add("isa-segment-terminator-differs-from-body", Kind.DELIMITERS, terminator);
        for (int i : bodySegments(doc, random, 2)) {
            out.add("element-separator-mixed-" + doc.id(i) + "#" + i, Kind.DELIMITERS,
                    doc.with(i, doc.segments.get(i).replace(doc.element, other)).bytes());
        }
        for (int i : bodySegments(doc, random, 2)) {
            List<String> segs = new ArrayList<>(doc.segments);
            segs.set(i, segs.get(i) + segs.remove(i + 1));
            out.add("segment-terminator-missing-after-" + doc.id(i) + "#" + i, Kind.DELIMITERS,
                    doc.with(segs).bytes());
        }
    }

    private static void counts(Doc doc, Out out) {
        envelopeNumber(doc, "SE", 1, "se01-count-plus-1", +1, out);
        envelopeNumber(doc, "SE", 1, "se01-count-minus-1", -1, out);
        envelopeValue(doc, "SE", 1, "se01-count-not-numeric", "1A", Kind.COUNTS, out);
        envelopeNumber(doc, "GE", 1, "ge01-count-plus-1", +1, out);
        envelopeValue(doc, "GE", 1, "ge01-count-zero", "0", Kind.COUNTS, out);
        envelopeNumber(doc, "IEA", 1, "iea01-count-plus-1", +1, out);
        envelopeValue(doc, "IEA", 1, "iea01-count-not-numeric", "A", Kind.COUNTS, out);
    }

    private static void envelopeNumber(Doc doc, String id, int pos, String name, int delta, Out out) {
        int i = doc.first(id);
        if (i >= 0) {
            String v = doc.element(i, pos);
            if (v.chars().allMatch(Character::isDigit) && !v.isEmpty()) {
                envelopeValue(doc, id, pos, name, String.valueOf(Long.parseLong(v) + delta), Kind.COUNTS, out);
            }
        }
    }

    private static void envelopeValue(Doc doc, String id, int pos, String name, String value, Kind kind, Out out) {
        int i = doc.first(id);
        if (i >= 0) {
            out.add(name, kind, doc.withElement(i, pos, value).bytes());
        }
    }

    private static void controlNumbers(Doc doc, Out out) {
        String isa13 = doc.segments.get(0).substring(90, 99);
        String other = isa13.chars().allMatch(Character::isDigit)
                ? String.format("%09d", (Long.parseLong(isa13) + 1) % 1_000_000_000L)
                : "000000001";
        envelopeValue(doc, "IEA", 2, "iea02-differs-from-isa13", other, Kind.CONTROL_NUMBERS, out);
        int iea = doc.first("IEA");
        String isa = doc.segments.get(0);
        Doc letters = doc.with(0, isa.substring(0, 90) + "00000001A" + isa.substring(99));
        out.add("isa13-not-numeric", Kind.CONTROL_NUMBERS,
                (iea >= 0 ? letters.withElement(iea, 2, "00000001A") : letters).bytes());
        int gs = doc.first("GS");
        if (gs >= 0) {
            envelopeValue(doc, "GE", 2, "ge02-differs-from-gs06", doc.element(gs, 6) + "9", Kind.CONTROL_NUMBERS,
                    out);
        }
        int st = doc.first("ST");
        if (st >= 0) {
            envelopeValue(doc, "SE", 2, "se02-differs-from-st02", doc.element(st, 2) + "9", Kind.CONTROL_NUMBERS,
                    out);
            int se = doc.first("SE");
            if (se >= 0) {
                out.add("st02-and-se02-empty", Kind.CONTROL_NUMBERS,
                        doc.withElement(st, 2, "").withElement(se, 2, "").bytes());
            }
        }
    }

    private static void dates(Doc doc, Random random, Out out) {
        List<int[]> where = new ArrayList<>();
        List<Integer> dtp = new ArrayList<>();
        for (int i = 0; i < doc.segments.size(); i++) {
            String id = doc.id(i);
            if (id.equals("DTP") && doc.element(i, 2).equals("D8")) {
                where.add(new int[] { i, 3 });
                dtp.add(i);
            }
            for (int p : DATES.getOrDefault(id, new int[0])) {
                if (doc.element(i, p).length() == 8) {
                    where.add(new int[] { i, p });
                }
            }
        }
        for (int[] w : sample(where, random, 3)) {
            for (String bad : BAD_DATES) {
                out.add("date-" + bad + "-" + doc.id(w[0]) + String.format("%02d", w[1]) + "#" + w[0], Kind.DATES,
                        doc.withElement(w[0], w[1], bad).bytes());
            }
        }
        String isa = doc.segments.get(0);
        out.add("date-261332-ISA09", Kind.DATES, doc.with(0, isa.substring(0, 70) + "261332" + isa.substring(76))
                .bytes());
        for (int i : sample(dtp, random, 2)) {
            out.add("dtp02-unknown-format-D9-DTP#" + i, Kind.DATES, doc.withElement(i, 2, "D9").bytes());
            out.add("dtp02-RD8-with-one-date-DTP#" + i, Kind.DATES, doc.withElement(i, 2, "RD8").bytes());
        }
    }

    private static void amounts(Doc doc, Random random, Out out) {
        List<int[]> where = new ArrayList<>();
        for (int i = 0; i < doc.segments.size(); i++) {
            for (int p : AMOUNTS.getOrDefault(doc.id(i), new int[0])) {
                if (!doc.element(i, p).isEmpty()) {
                    where.add(new int[] { i, p });
                }
            }
        }
        for (int[] w : sample(where, random, 3)) {
            for (String bad : BAD_AMOUNTS) {
                out.add("amount-" + bad + "-" + doc.id(w[0]) + String.format("%02d", w[1]) + "#" + w[0],
                        Kind.AMOUNTS, doc.withElement(w[0], w[1], bad).bytes());
            }
        }
    }

    private static void missing(Doc doc, Out out) {
        for (String id : List.of("GS", "ST", "SE", "GE", "IEA")) {
            int i = doc.first(id);
            if (i >= 0) {
                out.add("missing-" + id, Kind.MISSING_SEGMENT, doc.without(i).bytes());
            }
        }
        int st = doc.first("ST");
        for (String id : MANDATORY) {
            int i = doc.first(id);
            if (i > st && st >= 0) {
                out.add("missing-" + id + "#" + i, Kind.MISSING_SEGMENT, doc.without(i).bytes());
            }
        }
    }

    private static void unknownTransactionSets(Doc doc, Out out) {
        int gs = doc.first("GS");
        int st = doc.first("ST");
        if (st < 0 || gs < 0) {
            return;
        }
        String unknownGuide = "005010X999A9";
        out.add("st01-unknown-transaction-set-123", Kind.UNKNOWN_TRANSACTION_SET, doc.withElement(st, 1, "123")
                .bytes());
        out.add("st01-not-numeric", Kind.UNKNOWN_TRANSACTION_SET, doc.withElement(st, 1, "ZZZ").bytes());
        out.add("st03-unknown-guide", Kind.UNKNOWN_TRANSACTION_SET, doc.withElement(st, 3, unknownGuide).bytes());
        out.add("gs08-and-st03-unknown-guide", Kind.UNKNOWN_TRANSACTION_SET,
                doc.withElement(st, 3, unknownGuide).withElement(gs, 8, unknownGuide).bytes());
        out.add("gs01-functional-id-does-not-match-st01", Kind.UNKNOWN_TRANSACTION_SET,
                doc.withElement(gs, 1, doc.element(gs, 1).equals("HC") ? "HP" : "HC").bytes());
    }

    private static <T> List<T> sample(List<T> from, Random random, int n) {
        List<T> pool = new ArrayList<>(from);
        List<T> out = new ArrayList<>();
        while (!pool.isEmpty() && out.size() < n) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        return out;
    }

    /** Mutants by content: the first name for a content wins, the input itself is never one. */
    private static final class Out {
        private final String original;
        private final Map<String, Mutant> byContent = new LinkedHashMap<>();
        private final Set<String> names = new HashSet<>();

        Out(byte[] original) {
            this.original = new String(original, StandardCharsets.ISO_8859_1);
        }

        void add(String name, Kind kind, byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            if (!text.equals(original) && names.add(name)) {
                byContent.putIfAbsent(text, new Mutant(name, kind, bytes));
            }
        }

        List<Mutant> list() {
            return List.copyOf(byContent.values());
        }
    }

    /** An interchange as segment texts (without terminators) and its delimiters, rewritten immutably. */
    private static final class Doc {
        final char element;
        final char terminator;
        /** What follows each terminator in the input (a line break or nothing). */
        final String after;
        final List<String> segments;

        private Doc(char element, char terminator, String after, List<String> segments) {
            this.element = element;
            this.terminator = terminator;
            this.after = after;
            this.segments = List.copyOf(segments);
        }

        static Doc parse(byte[] bytes) {
            String s = new String(bytes, StandardCharsets.ISO_8859_1);
            if (s.length() < 106 || !s.startsWith("ISA")) {
                throw new IllegalArgumentException("not an X12 interchange: it must start with a 106-character ISA");
            }
            char element = s.charAt(3);
            char terminator = s.charAt(105);
            int k = 106;
            while (k < s.length() && (s.charAt(k) == '\r' || s.charAt(k) == '\n')) {
                k++;
            }
            List<String> segments = new ArrayList<>();
            for (String part : s.split(java.util.regex.Pattern.quote(String.valueOf(terminator)))) {
                String seg = part.strip();
                if (!seg.isEmpty()) {
                    segments.add(seg);
                }
            }
            return new Doc(element, terminator, s.substring(106, k), segments);
        }

        String id(int i) {
            String seg = segments.get(i);
            int e = seg.indexOf(element);
            return e < 0 ? seg : seg.substring(0, e);
        }

        int first(String id) {
            for (int i = 0; i < segments.size(); i++) {
                if (id(i).equals(id)) {
                    return i;
                }
            }
            return -1;
        }

        String element(int i, int pos) {
            String[] parts = segments.get(i).split(java.util.regex.Pattern.quote(String.valueOf(element)), -1);
            return pos < parts.length ? parts[pos] : "";
        }

        Doc withElement(int i, int pos, String value) {
            List<String> parts = new ArrayList<>(Arrays.asList(
                    segments.get(i).split(java.util.regex.Pattern.quote(String.valueOf(element)), -1)));
            while (parts.size() <= pos) {
                parts.add("");
            }
            parts.set(pos, value);
            return with(i, String.join(String.valueOf(element), parts));
        }

        Doc with(int i, String segment) {
            List<String> segs = new ArrayList<>(segments);
            segs.set(i, segment);
            return with(segs);
        }

        Doc with(List<String> segs) {
            return new Doc(element, terminator, after, segs);
        }

        Doc without(int i) {
            List<String> segs = new ArrayList<>(segments);
            segs.remove(i);
            return with(segs);
        }

        /** A character of {@code candidates} that appears nowhere in the interchange. */
        char unused(String candidates) {
            String all = String.join("", segments);
            for (char c : candidates.toCharArray()) {
                if (all.indexOf(c) < 0 && c != terminator) {
                    return c;
                }
            }
            return '\u0007';
        }

        /** The offset just past each segment's terminator (and line break) in {@link #bytes()}. */
        int[] segmentEnds() {
            int[] ends = new int[segments.size()];
            int at = 0;
            for (int i = 0; i < segments.size(); i++) {
                at += segments.get(i).length() + 1 + after.length();
                ends[i] = at;
            }
            return ends;
        }

        byte[] bytes() {
            StringBuilder b = new StringBuilder();
            for (String seg : segments) {
                b.append(seg).append(terminator).append(after);
            }
            return b.toString().getBytes(StandardCharsets.ISO_8859_1);
        }
    }
}
