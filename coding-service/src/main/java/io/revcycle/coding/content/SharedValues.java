package io.revcycle.coding.content;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance per distinct value while rows are read: two million NCCI edits name about twenty thousand codes, a
 * handful of dates and one release label, and the snapshot keeps every row (see docs/performance.md).
 */
final class SharedValues {

    private final Map<Object, Object> values = new HashMap<>();

    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        if (value == null) {
            return null;
        }
        Object shared = values.putIfAbsent(value, value);
        return shared == null ? value : (T) shared;
    }
}
