package io.revcycle.patientbilling.domain.statement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.CRC32;

/**
 * Cycle billing spread over the days: accounts fall into {@code count} cycle groups by their account number, and a
 * date's statement run bills one group, each group in turn every {@code count} days. So a daily run mails about
 * 1/count of the accounts instead of all at once, and with a cycle length that is a multiple of count every account is
 * billed exactly once per cycle. One group (the default) bills every account on every run.
 */
public record CycleGroups(int count) {

    public CycleGroups {
        if (count < 1) {
            throw new IllegalArgumentException("cycle groups must be at least 1, not " + count);
        }
    }

    /**
     * An account's group, 1..count: the account number (the digits of the account id, the last nine) modulo count, so
     * a clerk can tell the group from the number; an id without digits by a stable hash of it.
     */
    public int groupOf(String accountId) {
        String digits = accountId.replaceAll("\\D", "");
        long number;
        if (digits.isEmpty()) {
            CRC32 crc = new CRC32();
            crc.update(accountId.getBytes(StandardCharsets.UTF_8));
            number = crc.getValue();
        } else {
            number = Long.parseLong(digits.substring(Math.max(0, digits.length() - 9)));
        }
        return (int) (number % count) + 1;
    }

    /** The group a date's run bills: the groups take turns day by day (counted from 1970-01-01, so no month resets). */
    public int dueOn(LocalDate date) {
        return (int) Math.floorMod(date.toEpochDay(), (long) count) + 1;
    }

    public boolean billsOn(String accountId, LocalDate date) {
        return groupOf(accountId) == dueOn(date);
    }
}
