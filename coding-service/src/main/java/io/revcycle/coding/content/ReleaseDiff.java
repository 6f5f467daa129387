package io.revcycle.coding.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a new release changes in the stored content of its kind. A row still in the release with the same content
 * stays as it is (its original effective date kept); a changed row is closed the day before the new one starts; a
 * row missing from the release is closed the day before the release takes effect. Rows never get deleted, so old
 * dates of service keep the content of their time.
 */
public record ReleaseDiff(List<ContentRow> inserts, List<Close> closes, int unchanged) {

    /** A stored row as loaded from the database. */
    public record Stored(long id, ContentRow row) {
    }

    public record Close(long id, LocalDate effectiveTo) {
    }

    public static ReleaseDiff of(List<Stored> stored, List<ContentRow> incoming, LocalDate releaseEffective) {
        Map<String, List<Stored>> byKey = new HashMap<>();
        stored.forEach(s -> byKey.computeIfAbsent(s.row().key(), k -> new ArrayList<>()).add(s));
        Set<Long> seen = new HashSet<>();
        List<ContentRow> inserts = new ArrayList<>();
        List<Close> closes = new ArrayList<>();
        int unchanged = 0;
        for (ContentRow row : incoming) {
            List<Stored> candidates = byKey.getOrDefault(row.key(), List.of());
            Stored open = candidates.stream().filter(s -> s.row().effectiveTo() == null && !seen.contains(s.id()))
                    .findFirst().orElse(null);
            if (row.effectiveTo() == null) {
                if (open != null && row.sameContent(open.row())) {
                    unchanged++;
                    seen.add(open.id());
                } else if (open != null) {
                    closes.add(new Close(open.id(), row.effectiveFrom().minusDays(1)));
                    inserts.add(row.inheriting(open.row()));
                    seen.add(open.id());
                } else {
                    inserts.add(row);
                }
            } else if (candidates.stream().anyMatch(s -> s.row().effectiveFrom().equals(row.effectiveFrom())
                    && row.effectiveTo().equals(s.row().effectiveTo()) && row.sameContent(s.row()))) {
                unchanged++; // the same closed row, e.g. an old NCCI deletion repeated in every quarterly file
            } else if (open != null && open.row().effectiveFrom().equals(row.effectiveFrom())
                    && row.withDates(row.effectiveFrom(), null).sameContent(open.row())) {
                closes.add(new Close(open.id(), row.effectiveTo())); // the release ends a row that was open
                seen.add(open.id());
            } else {
                inserts.add(row);
            }
        }
        for (Stored s : stored) {
            if (s.row().effectiveTo() == null && !seen.contains(s.id())) { // not in this release any more
                closes.add(new Close(s.id(), releaseEffective.minusDays(1)));
            }
        }
        return new ReleaseDiff(inserts, closes, unchanged);
    }
}
