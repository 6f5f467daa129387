package io.revcycle.coding.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All code content of one content version, in memory and immutable, for the edits engine: every lookup is by
 * code and date of service, so old dates of service see the rows of their time. Built once per content version.
 */
public final class ContentSnapshot {

    private final String version;
    private final Map<ContentKind, Map<String, List<CodeRow>>> codes = new EnumMap<>(ContentKind.class);
    private final NavigableMap<String, List<CodeRow>> icd10cm = new TreeMap<>();
    private final Map<String, List<PtpRow>> ptpByColumn1 = new HashMap<>();
    private final Map<String, List<MueRow>> mue = new HashMap<>();
    private final List<CodeRow> cpt = new ArrayList<>();
    private final Map<LocalDate, Boolean> cptInForceByDate = new ConcurrentHashMap<>();
    private final Map<ContentKind, Map<LocalDate, Boolean>> releaseInForceByDate = new ConcurrentHashMap<>();
    private final int size;

    public ContentSnapshot(String version, Collection<? extends ContentRow> rows) {
        this.version = version;
        this.size = rows.size();
        for (ContentRow row : rows) {
            if (row instanceof CodeRow c) {
                codes.computeIfAbsent(c.system(), k -> new HashMap<>()).computeIfAbsent(c.code(), k -> new ArrayList<>())
                        .add(c);
                if (c.system() == ContentKind.ICD10CM) {
                    icd10cm.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c);
                } else if (c.system() == ContentKind.CPT) {
                    cpt.add(c);
                }
            } else if (row instanceof PtpRow p) {
                ptpByColumn1.computeIfAbsent(p.column1(), k -> new ArrayList<>()).add(p);
            } else if (row instanceof MueRow m) {
                mue.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(m);
            }
        }
        Comparator<ContentRow> byStart = Comparator.comparing(ContentRow::effectiveFrom);
        codes.values().forEach(m -> m.values().forEach(l -> l.sort(byStart)));
        // by column 2 (a stable sort keeps a file's order within a pair; CMS files come sorted so anyway): a pair is
        // a binary search among a column 1 code's edits, not a scan of them all (hundreds for a common code)
        Comparator<PtpRow> byColumn2 = Comparator.comparing(PtpRow::column2);
        ptpByColumn1.values().forEach(l -> {
            l.sort(byColumn2);
            ((ArrayList<PtpRow>) l).trimToSize(); // two million rows: no spare capacity
        });
        icd10cm.values().forEach(l -> l.sort(byStart));
    }

    /** A label for findings and EncounterCoded: which content the check used. */
    public String version() {
        return version;
    }

    /** How many rows, of every kind and date, the snapshot holds. */
    public int size() {
        return size;
    }

    /** The row of a code in force on the date, if any. */
    public Optional<CodeRow> code(ContentKind system, String code, LocalDate date) {
        return inForce(codes.getOrDefault(system, Map.of()).get(code), date);
    }

    /** Every row the code ever had (empty: never a code of this system in the loaded content). */
    public List<CodeRow> history(ContentKind system, String code) {
        return codes.getOrDefault(system, Map.of()).getOrDefault(code, List.of());
    }

    /** Billable ICD-10-CM codes under a header code, in force on the date (what to use instead). */
    public List<String> billableChildren(String header, LocalDate date) {
        List<String> children = new ArrayList<>();
        for (Map.Entry<String, List<CodeRow>> e : icd10cm.subMap(header, false, header + Character.MAX_VALUE, false)
                .entrySet()) {
            inForce(e.getValue(), date).filter(CodeRow::billable).ifPresent(r -> children.add(r.code()));
        }
        return children;
    }

    /** NCCI PTP edits with this column 1 code in force on the date. */
    public List<PtpRow> ptpEdits(String column1, LocalDate date) {
        List<PtpRow> rows = ptpByColumn1.get(column1);
        if (rows == null) {
            return List.of();
        }
        List<PtpRow> inForce = new ArrayList<>(rows.size());
        for (PtpRow r : rows) {
            if (r.inForceOn(date)) {
                inForce.add(r);
            }
        }
        return inForce;
    }

    /** NCCI PTP edits of this column 1 / column 2 pair in force on the date. */
    public List<PtpRow> ptpEdits(String column1, String column2, LocalDate date) {
        List<PtpRow> rows = ptpByColumn1.get(column1);
        if (rows == null) {
            return List.of();
        }
        List<PtpRow> inForce = List.of();
        for (int i = firstWithColumn2(rows, column2); i < rows.size() && rows.get(i).column2().equals(column2); i++) {
            if (rows.get(i).inForceOn(date)) {
                if (inForce.isEmpty()) {
                    inForce = new ArrayList<>(2);
                }
                inForce.add(rows.get(i));
            }
        }
        return inForce;
    }

    private static int firstWithColumn2(List<PtpRow> rows, String column2) {
        int low = 0;
        int high = rows.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (rows.get(middle).column2().compareTo(column2) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    public Optional<MueRow> mue(String code, LocalDate date) {
        return inForce(mue.get(code), date);
    }

    /**
     * Whether an ICD-10-PCS release is in force on the date (the shipped subset is, from 2015-10-01): where none is,
     * only the format of a PCS code can be checked.
     */
    public boolean pcsInForce(LocalDate date) {
        return releaseInForce(ContentKind.ICD10PCS, date);
    }

    /**
     * Whether any row of a kind is in force on the date: a list such as the POA exempt codes can only say "not on the
     * list" for dates a release of it covers.
     */
    public boolean releaseInForce(ContentKind kind, LocalDate date) {
        return releaseInForceByDate.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).computeIfAbsent(date,
                d -> codes.getOrDefault(kind, Map.of()).values().stream().flatMap(List::stream)
                        .anyMatch(r -> r.inForceOn(d)));
    }

    /** Known CPT codes can only be checked while a licensed CPT file is in force. */
    public boolean cptInForce(LocalDate date) {
        return cptInForceByDate.computeIfAbsent(date, d -> cpt.stream().anyMatch(r -> r.inForceOn(d)));
    }

    private static <R extends ContentRow> Optional<R> inForce(List<R> rows, LocalDate date) {
        if (rows == null) {
            return Optional.empty();
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).inForceOn(date)) {
                return Optional.of(rows.get(i));
            }
        }
        return Optional.empty();
    }
}
