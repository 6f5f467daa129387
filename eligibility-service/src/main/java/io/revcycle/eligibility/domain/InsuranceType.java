package io.revcycle.eligibility.domain;

/** The kind of plan a coverage is, as far as the order of benefits cares. */
public enum InsuranceType {
    COMMERCIAL, MEDICARE, MEDICAID, TRICARE, OTHER;

    /** A group or individual health plan that Medicare may be secondary to. */
    public boolean isGroupHealthPlan() {
        return this == COMMERCIAL || this == TRICARE || this == OTHER;
    }
}
