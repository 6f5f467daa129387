package io.revcycle.x12.validate;

import java.util.List;

/** Where readers and rules report findings. */
public interface FindingSink {

    void report(Finding finding);

    default void reportAll(List<Finding> findings) {
        findings.forEach(this::report);
    }
}
