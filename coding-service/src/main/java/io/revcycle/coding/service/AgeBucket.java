package io.revcycle.coding.service;

import java.util.Arrays;

import io.revcycle.rest.ProblemException;

/**
 * How long an encounter has waited, in whole days since its date of service (an inpatient stay's is its discharge
 * date, as DNFB counts): the buckets coding queues and the DNFB report are cut by.
 */
public enum AgeBucket {
    DAYS_0_3("0-3", 0, 3), DAYS_4_7("4-7", 4, 7), DAYS_8_14("8-14", 8, 14), DAYS_15_30("15-30", 15, 30),
    DAYS_31_PLUS("31+", 31, Integer.MAX_VALUE);

    private final String label;
    private final int from;
    private final int to;

    AgeBucket(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public static AgeBucket of(long days) {
        for (AgeBucket b : values()) {
            if (days >= b.from && days <= b.to) {
                return b;
            }
        }
        return DAYS_0_3; // a date of service today or later has waited 0 days
    }

    public static AgeBucket parse(String label) {
        return Arrays.stream(values()).filter(b -> b.label.equals(label)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("ageBucket must be one of "
                        + Arrays.stream(values()).map(AgeBucket::label).toList()));
    }

    /** The SQL expression of an item's bucket label, for group by. */
    public static String sqlLabel(String daysExpression) {
        StringBuilder sql = new StringBuilder("case");
        for (AgeBucket b : values()) {
            sql.append(" when ").append(daysExpression).append(" <= ").append(b == DAYS_31_PLUS ? "2147483647" : b.to)
                    .append(" then '").append(b.label).append("'");
        }
        return sql.append(" end").toString();
    }
}
