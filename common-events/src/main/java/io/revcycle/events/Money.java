package io.revcycle.events;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as the events carry it: decimal(12,2). One place for the scale, so no service rounds on its own. */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    /** To scale 2 without rounding: throws when an amount has more than two decimals. */
    public static BigDecimal exact(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** As {@link #exact}, for an optional amount: null (unknown) stays null, never becomes 0.00. */
    public static BigDecimal exactOrNull(BigDecimal amount) {
        return amount == null ? null : exact(amount);
    }

    /** A SQL sum (null over no rows) as money. */
    public static BigDecimal sumOrZero(Object sum) {
        return sum == null ? ZERO : exact((BigDecimal) sum);
    }
}
