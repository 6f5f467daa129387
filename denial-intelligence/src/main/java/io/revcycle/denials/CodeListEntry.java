package io.revcycle.denials;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One code of an X12 external code list (CARC or RARC): its description and the dates X12 publishes with it. A code
 * with a stop date may no longer be used in original remittances after that date.
 */
public record CodeListEntry(String code, String description, LocalDate start, LocalDate lastModified,
        LocalDate stop) {

    public CodeListEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(start, "start");
    }

    /** In use on that date: started, and not stopped before it. */
    public boolean activeOn(LocalDate date) {
        return !date.isBefore(start) && (stop == null || !date.isAfter(stop));
    }
}
