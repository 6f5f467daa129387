package io.revcycle.stack.demo;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The services' answers to one client, counted by HTTP status: the chaos run's proof that a fault gets a 503 with
 * Retry-After (ask again later) and never a 500. The feed retries every 5xx, so without this count a 500 would pass
 * unseen. Keeps the request line and problem title of the first server errors (ids only, never a body: no PHI).
 */
public final class ResponseTally {

    /** How many server errors other than 503 are described (the count goes on). */
    static final int DESCRIBED = 20;

    /**
     * byStatus: answers per HTTP status; unanswered: requests with no answer at all (connection refused while a
     * service restarts, or timed out), each retry counted; unavailableWithoutRetryAfter: 503s that did not say
     * when to ask again; serverErrors: the first 5xx other than 503, as "METHOD /path → status title".
     */
    public record Snapshot(Map<Integer, Long> byStatus, long unanswered, long unavailableWithoutRetryAfter,
            List<String> serverErrors) {

        public long count(int status) {
            return byStatus.getOrDefault(status, 0L);
        }

        /** Answers 500-599 other than 503, by status. */
        public Map<Integer, Long> serverErrorsBut503() {
            Map<Integer, Long> errors = new TreeMap<>(byStatus);
            errors.keySet().removeIf(s -> s < 500 || s == 503);
            return errors;
        }
    }

    private final Map<Integer, LongAdder> byStatus = new ConcurrentSkipListMap<>();
    private final LongAdder unanswered = new LongAdder();
    private final LongAdder unavailableWithoutRetryAfter = new LongAdder();
    private final List<String> serverErrors = new ArrayList<>();

    void answered(String method, URI uri, int status, boolean retryAfter, String problemTitle) {
        byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        if (status == 503 && !retryAfter) {
            unavailableWithoutRetryAfter.increment();
        }
        if (status >= 500 && status != 503) {
            synchronized (serverErrors) {
                if (serverErrors.size() < DESCRIBED) {
                    serverErrors.add(method + " " + uri.getPath() + " → " + status
                            + (problemTitle == null || problemTitle.isBlank() ? "" : " " + problemTitle));
                }
            }
        }
    }

    void unanswered() {
        unanswered.increment();
    }

    public Snapshot snapshot() {
        Map<Integer, Long> counts = new TreeMap<>();
        byStatus.forEach((status, n) -> counts.put(status, n.sum()));
        synchronized (serverErrors) {
            return new Snapshot(counts, unanswered.sum(), unavailableWithoutRetryAfter.sum(),
                    List.copyOf(serverErrors));
        }
    }
}
