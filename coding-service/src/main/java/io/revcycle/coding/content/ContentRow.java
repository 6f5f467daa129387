package io.revcycle.coding.content;

import java.time.LocalDate;

/** One dated row of code content, as parsed from a release file or read back from the database. */
public sealed interface ContentRow permits CodeRow, PtpRow, MueRow {

    /** Identity within its kind: the same key in the next release is the same row, possibly changed. */
    String key();

    LocalDate effectiveFrom();

    /** Last date of service the row applies to; null while it is in force. */
    LocalDate effectiveTo();

    String sourceRelease();

    /** Same content, dates and release aside; attributes a file does not carry (null) do not count. */
    boolean sameContent(ContentRow stored);

    ContentRow withDates(LocalDate from, LocalDate to);

    /** Fills what this file does not carry (e.g. MCE attributes, absent from the order file) from the stored row. */
    default ContentRow inheriting(ContentRow stored) {
        return this;
    }

    default boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom()) && (effectiveTo() == null || !date.isAfter(effectiveTo()));
    }
}
