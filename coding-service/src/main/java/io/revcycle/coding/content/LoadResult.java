package io.revcycle.coding.content;

import java.time.LocalDate;

/** What one load did. UNCHANGED: the same file was loaded before, so no new version and no row touched. */
public record LoadResult(String kind, String release, long contentVersionId, String status, LocalDate effectiveDate,
        String checksum, int rows, int added, int closed, int unchanged) {

    public static final String LOADED = "LOADED";
    public static final String UNCHANGED = "UNCHANGED";
}
