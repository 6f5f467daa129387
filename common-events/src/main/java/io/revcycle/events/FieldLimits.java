package io.revcycle.events;

/**
 * Limits every edge (REST bodies, topic intake) enforces, so that nothing accepted at the door can overflow a column
 * or an X12 element further down the cycle.
 */
public final class FieldLimits {

    /**
     * Units of one service line: X12 SV104/SV205 allow 15 digits, but a claim line's charge (units x price) must fit
     * numeric(12,2) and no real line bills more than a few thousand units.
     */
    public static final int MAX_UNITS = 9_999;

    private FieldLimits() {
    }
}
