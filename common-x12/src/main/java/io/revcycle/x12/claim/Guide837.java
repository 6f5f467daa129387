package io.revcycle.x12.claim;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What the 837 reader and writer share about the two guides: the order of repeated segments at one position (the
 * schemas expect the guide order), the loop of each provider role and the HI families.
 */
final class Guide837 {

    private Guide837() {
    }

    static final List<String> CLAIM_DATES_P = order("431", "454", "304", "453", "439", "484", "455", "471",
            "314 360 361", "297", "296", "435", "096", "090 091", "444", "050");
    static final List<String> CLAIM_DATES_I = order("096", "434", "435", "050");
    static final List<String> CLAIM_REFS_P = order("4N", "F5", "EW", "9F", "G1", "F8", "X4", "9A", "9C", "LX", "D9",
            "EA", "P4", "1J");
    static final List<String> CLAIM_REFS_I = order("4N", "9F", "G1", "F8", "9A", "9C", "LX", "D9", "LU", "EA", "P4",
            "G4");
    static final List<String> CLAIM_NOTES_I = order("ALG DCP DGN DME MED NTR ODT RHB RLH RNH SET SFM SPT UPI", "ADD");
    static final List<String> LINE_DATES_P = order("472", "471", "607", "463", "461", "304", "738 739", "011", "455",
            "454");
    static final List<String> LINE_DATES_I = order("472");
    static final List<String> LINE_REFS_P = order("9B", "9D", "G1", "6R", "EW", "X4", "F4", "BT", "9F");
    static final List<String> LINE_REFS_I = order("6R", "9B", "9D");
    static final List<String> LINE_AMOUNTS_P = order("T", "F4");
    static final List<String> LINE_AMOUNTS_I = order("GT", "N8");
    static final List<String> LINE_NOTES_P = order("ADD DCP", "TPO");
    static final List<String> COB_AMOUNTS_P = order("D", "A8", "EAF");
    static final List<String> COB_AMOUNTS_I = order("D", "EAF", "A8");
    static final List<String> OTHER_PAYER_REFS = order("2U EI FY NF", "G1", "9F", "T4", "F8");
    static final List<String> PAYER_REFS = order("2U EI FY NF", "G2 LU");
    static final List<String> BILLING_REFS = order("EI SY", "0B 1G");
    static final List<String> PAY_TO_PLAN_REFS = order("2U FY NF", "EI");
    static final List<String> SUBSCRIBER_REFS = order("SY", "Y4");
    static final List<String> PATIENT_REFS = order("Y4", "1W SY");
    static final List<String> OTHER_SUBSCRIBER_REFS = order("SY");

    /** 2310 loops in guide order, each with the NM101 codes it holds. */
    static final List<String> CLAIM_PROVIDERS_P = order("DN P3", "82", "77", "DQ", "PW", "45");
    static final List<String> CLAIM_PROVIDERS_I = order("71", "72", "ZZ", "82", "77", "DN");
    static final List<String> LINE_PROVIDERS_P = order("82", "QB", "77", "DQ", "DK", "DN P3", "PW", "45");
    static final List<String> LINE_PROVIDERS_I = order("72", "ZZ", "82", "DN");
    static final List<String> OTHER_PAYER_PROVIDERS_P = order("DN P3", "82", "77", "DQ", "85");
    static final List<String> OTHER_PAYER_PROVIDERS_I = order("71", "72", "ZZ", "77", "82", "DN", "85");

    /** HI families in guide order: qualifiers of the first entry, qualifiers of the others, entries per segment. */
    record HiFamily(Set<String> first, Set<String> others, int perSegment, int segments) {

        boolean holds(String q) {
            return first.contains(q) || others.contains(q);
        }
    }

    static final List<HiFamily> HI_P = List.of(
            new HiFamily(Set.of("ABK", "BK"), Set.of("ABF", "BF"), 12, 1),
            new HiFamily(Set.of("BP"), Set.of("BO"), 2, 1),
            new HiFamily(Set.of("BG"), Set.of("BG"), 12, 2));
    static final List<HiFamily> HI_I = List.of(
            new HiFamily(Set.of("ABK", "BK"), Set.of(), 1, 1),
            new HiFamily(Set.of("ABJ", "BJ"), Set.of(), 1, 1),
            new HiFamily(Set.of("APR", "PR"), Set.of("APR", "PR"), 3, 1),
            new HiFamily(Set.of("ABN", "BN"), Set.of("ABN", "BN"), 12, 1),
            new HiFamily(Set.of("DR"), Set.of(), 1, 1),
            new HiFamily(Set.of("ABF", "BF"), Set.of("ABF", "BF"), 12, 2),
            new HiFamily(Set.of("BBR", "BR", "CAH"), Set.of(), 1, 1),
            new HiFamily(Set.of("BBQ", "BQ"), Set.of("BBQ", "BQ"), 12, 2),
            new HiFamily(Set.of("BI"), Set.of("BI"), 12, 2),
            new HiFamily(Set.of("BH"), Set.of("BH"), 12, 2),
            new HiFamily(Set.of("BE"), Set.of("BE"), 12, 2),
            new HiFamily(Set.of("BG"), Set.of("BG"), 12, 2),
            new HiFamily(Set.of("TC"), Set.of("TC"), 12, 2));

    /** The family of each HI qualifier, found once per guide: the reader ranks every HI entry. */
    private static final Map<String, Integer> HI_RANK_P = hiRanks(HI_P);
    private static final Map<String, Integer> HI_RANK_I = hiRanks(HI_I);

    private static Map<String, Integer> hiRanks(List<HiFamily> families) {
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = families.size() - 1; i >= 0; i--) { // the first family that holds a qualifier wins
            for (String q : families.get(i).first()) {
                ranks.put(q, i);
            }
            for (String q : families.get(i).others()) {
                ranks.put(q, i);
            }
        }
        return ranks;
    }

    static int hiRank(List<HiFamily> families, String qualifier) {
        Map<String, Integer> ranks = families == HI_P ? HI_RANK_P : families == HI_I ? HI_RANK_I : null;
        if (ranks != null && qualifier != null) {
            Integer r = ranks.get(qualifier);
            return r == null ? families.size() : r;
        }
        for (int i = 0; i < families.size(); i++) {
            if (families.get(i).holds(qualifier)) {
                return i;
            }
        }
        return families.size();
    }

    /** The position of a qualifier in a guide order list (entries hold space-separated codes); unknown last. */
    static int rank(List<String> order, String qualifier) {
        if (order instanceof Order o) {
            return o.rank(qualifier);
        }
        return scan(order, qualifier);
    }

    private static int scan(List<String> order, String qualifier) {
        if (qualifier == null) {
            return order.size();
        }
        int n = qualifier.length();
        for (int i = 0; i < order.size(); i++) {
            // an entry holds space-separated qualifiers; compared in place
            String o = order.get(i);
            for (int from = 0; from <= o.length();) {
                int end = o.indexOf(' ', from);
                end = end < 0 ? o.length() : end;
                if (end - from == n && o.startsWith(qualifier, from)) {
                    return i;
                }
                from = end + 1;
            }
        }
        return order.size();
    }

    /** A stable sort by guide order. */
    static <T> List<T> ordered(List<T> values, List<String> order, Function<T, String> qualifier) {
        if (values.size() < 2) {
            return List.copyOf(values); // most repeats hold one value or none: nothing to rank
        }
        return ordered(values, v -> rank(order, qualifier.apply(v)));
    }

    /**
     * A stable sort by rank; when the list is already in order (the usual case) an unmodifiable copy of it, which the
     * records then keep without copying again.
     */
    static <T> List<T> ordered(List<T> values, ToIntFunction<T> rank) {
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < values.size(); i++) {
            int r = rank.applyAsInt(values.get(i));
            if (r < previous) {
                return sorted(values, rank);
            }
            previous = r;
        }
        return List.copyOf(values);
    }

    private static <T> List<T> sorted(List<T> values, ToIntFunction<T> rank) {
        int n = values.size();
        int[] ranks = new int[n];
        Integer[] index = new Integer[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = rank.applyAsInt(values.get(i));
            index[i] = i;
        }
        Arrays.sort(index, Comparator.comparingInt(i -> ranks[i])); // stable
        List<T> out = new ArrayList<>(n);
        for (Integer i : index) {
            out.add(values.get(i));
        }
        return List.copyOf(out);
    }

    static List<String> order(String... entries) {
        return new Order(entries);
    }

    /**
     * A guide order list that knows the rank of each of its codes (a map built once), so that ranking a value is one
     * lookup instead of a scan of the entries; equal to any list of the same entries.
     */
    private static final class Order extends AbstractList<String> implements RandomAccess {

        private final List<String> entries;
        private final Map<String, Integer> ranks = new HashMap<>();

        Order(String... entries) {
            this.entries = List.of(entries);
            for (int i = 0; i < entries.length; i++) {
                for (String code : entries[i].split(" ")) {
                    ranks.putIfAbsent(code, i);
                }
            }
        }

        int rank(String qualifier) {
            Integer r = qualifier == null ? null : ranks.get(qualifier);
            return r == null ? entries.size() : r;
        }

        @Override
        public String get(int index) {
            return entries.get(index);
        }

        @Override
        public int size() {
            return entries.size();
        }
    }

    /** Loop ids for provider roles: index in the role list gives the letter. */
    static String loopId(String prefix, List<String> roles, String entity) {
        int r = rank(roles, entity);
        return r < roles.size() ? prefix + (char) ('A' + r) : prefix;
    }

    /** 2330 starts at C (A and B are the other subscriber and payer). */
    static String otherPayerLoopId(List<String> roles, String entity) {
        int r = rank(roles, entity);
        return r < roles.size() ? "2330" + (char) ('C' + r) : "2330";
    }

    static final Map<String, String> SEGMENT_LEVEL = Map.of("20", "billing provider", "22", "subscriber", "23",
            "patient");
}
