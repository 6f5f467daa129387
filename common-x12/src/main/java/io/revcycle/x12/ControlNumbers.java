package io.revcycle.x12;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Supplies the control numbers of written envelopes: ISA13 (9 digits), GS06 (1-9 digits) and ST02 (4-9 digits).
 * Implementations backed by a database sequence keep numbers unique across runs; {@link #startingAt} is the simple
 * in-memory one.
 */
public interface ControlNumbers {

    /** ISA13: exactly 9 digits. */
    String nextInterchange();

    /** GS06: 1 to 9 digits. */
    String nextGroup();

    /** ST02: 4 to 9 characters, unique within the group. */
    String nextTransaction();

    /** In-memory numbers, each kind counting from {@code first} (1..999999999; wraps to 1 after 999999999). */
    static ControlNumbers startingAt(long first) {
        return new InMemory(first);
    }

    /** Thread-safe in-memory sequence. */
    final class InMemory implements ControlNumbers {
        private static final long MAX = 999_999_999L;
        private final AtomicLong interchange;
        private final AtomicLong group;
        private final AtomicLong transaction;

        public InMemory(long first) {
            if (first < 1 || first > MAX) {
                throw new IllegalArgumentException("control numbers start between 1 and 999999999, not " + first);
            }
            interchange = new AtomicLong(first);
            group = new AtomicLong(first);
            transaction = new AtomicLong(first);
        }

        private static long next(AtomicLong counter) {
            return counter.getAndUpdate(v -> v >= MAX ? 1 : v + 1);
        }

        @Override
        public String nextInterchange() {
            return String.format("%09d", next(interchange));
        }

        @Override
        public String nextGroup() {
            return Long.toString(next(group));
        }

        @Override
        public String nextTransaction() {
            return String.format("%04d", next(transaction));
        }
    }
}
