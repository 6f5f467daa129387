package io.revcycle.console.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The coding work list as coders work it: one queue (facility, encounter type, specialty) or all, oldest date of
 * service first then highest expected charge (the order coding-service's "next" also favours: days waiting and
 * charge), or by charge. coding-service filters, orders and pages (GET /worklist), so a queue of any size is listed
 * page by page.
 */
public final class CodingWorklistView {

    /** How the rows are ordered: oldest (default), charge (highest first, then oldest), newest. */
    public enum Sort {
        OLDEST, CHARGE, NEWEST;

        public static Sort of(String value) {
            if (value == null || value.isBlank()) {
                return OLDEST;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sort must be oldest, charge or newest");
            }
        }

        public String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A queue is a facility, encounter type and specialty; blank parts mean any. */
    public record Filter(String facilityId, String encounterType, String specialty, String text, Sort sort) {

        public static Filter of(String facilityId, String encounterType, String specialty, String text, String sort) {
            return new Filter(blankToNull(facilityId), blankToNull(encounterType), blankToNull(specialty),
                    blankToNull(text), Sort.of(sort));
        }

        /** The query string that reopens this view (links, "next", the address bar). */
        public String query() {
            List<String> parts = new ArrayList<>();
            add(parts, "facilityId", facilityId);
            add(parts, "encounterType", encounterType);
            add(parts, "specialty", specialty);
            add(parts, "q", text);
            if (sort != Sort.OLDEST) {
                parts.add("sort=" + sort.param());
            }
            return String.join("&", parts);
        }

        private static void add(List<String> parts, String name, String value) {
            if (value != null) {
                parts.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** One row: the item and its age in days since the date of service. */
    public record Row(CodingViews.WorkItemSummary item, long ageDays) {
        public int issueCount() {
            return item.issues() == null ? 0 : item.issues().size();
        }

        public String firstIssue() {
            return issueCount() == 0 ? "" : item.issues().get(0);
        }
    }

    /** A queue's open items over all its age buckets. */
    public record Queue(String facilityId, String encounterType, String specialty, long open, long unassigned,
            long oldestDays, BigDecimal expectedCharge, long denialReviews) {

        public String query() {
            return Filter.of(facilityId, encounterType, specialty, null, null).query();
        }
    }

    private CodingWorklistView() {
    }

    /** coding-service's page in its order (the filter's), each row with its age. */
    public static List<Row> rows(List<CodingViews.WorkItemSummary> items, LocalDate today) {
        return items.stream()
                .map(i -> new Row(i, i.dateOfService() == null ? 0 : ChronoUnit.DAYS.between(i.dateOfService(), today)))
                .toList();
    }

    /** Where a page of {@code size} rows sits among {@code total}, with the queries of its neighbours. */
    public record Pager(int page, int pages, int size, long total, String previous, String next) {

        /** The choices of rows per page, with the one shown. */
        public List<Integer> sizes() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(10, 25, 50, 100, 200),
                    java.util.stream.Stream.of(size)).distinct().sorted().toList();
        }

        public static Pager of(Filter filter, int page, int size, long total) {
            int pages = (int) Math.max(1, (total + size - 1) / size);
            String base = (filter.query().isEmpty() ? "" : filter.query() + "&") + "size=" + size + "&";
            return new Pager(page, pages, size, total, page > 1 ? base + "page=" + (page - 1) : null,
                    page < pages ? base + "page=" + (page + 1) : null);
        }
    }

    /** coding-service counts per age bucket; a coder picks a queue, so the buckets are added up. */
    public static List<Queue> queues(List<CodingViews.QueueCount> counts) {
        Map<List<String>, Queue> byQueue = new LinkedHashMap<>();
        for (CodingViews.QueueCount c : counts) {
            List<String> key = java.util.Arrays.asList(c.facilityId(), c.encounterType(), c.specialty());
            Queue q = byQueue.get(key);
            BigDecimal charge = Objects.requireNonNullElse(c.expectedCharge(), BigDecimal.ZERO);
            byQueue.put(key, q == null
                    ? new Queue(c.facilityId(), c.encounterType(), c.specialty(), c.open(), c.unassigned(),
                            c.oldestDays(), charge, c.denialReviews())
                    : new Queue(q.facilityId(), q.encounterType(), q.specialty(), q.open() + c.open(),
                            q.unassigned() + c.unassigned(), Math.max(q.oldestDays(), c.oldestDays()),
                            q.expectedCharge().add(charge), q.denialReviews() + c.denialReviews()));
        }
        return byQueue.values().stream().sorted(Comparator.comparingLong(Queue::oldestDays).reversed()).toList();
    }

    /** The distinct values of one column, for the filter's choices. */
    public static List<String> choices(List<CodingViews.WorkItemSummary> items,
            java.util.function.Function<CodingViews.WorkItemSummary, String> column) {
        return items.stream().map(column).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
