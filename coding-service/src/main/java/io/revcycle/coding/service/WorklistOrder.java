package io.revcycle.coding.service;

import java.util.Locale;

import io.revcycle.rest.ProblemException;

/** The orders a work list can be read in; the encounter id last, so pages never overlap or skip. */
public enum WorklistOrder {
    /** First received first: the list's order before it could be sorted. */
    RECEIVED("createdAt, encounterId"),
    /** Oldest date of service first, then highest expected charge (the coders' default in the console). */
    OLDEST("dateOfService asc nulls last, expectedCharge desc nulls last, encounterId"),
    CHARGE("expectedCharge desc nulls last, dateOfService asc nulls last, encounterId"),
    NEWEST("dateOfService desc nulls last, expectedCharge desc nulls last, encounterId");

    final String orderBy;

    WorklistOrder(String orderBy) {
        this.orderBy = orderBy;
    }

    public static WorklistOrder parse(String value) {
        if (value == null || value.isBlank()) {
            return RECEIVED;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("sort must be received, oldest, charge or newest");
        }
    }
}
