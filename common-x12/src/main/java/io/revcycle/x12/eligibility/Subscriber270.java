package io.revcycle.x12.eligibility;

import java.util.List;

/** Loop 2000C of a 270: the subscriber and the dependents (2000D) asked about under them. */
public record Subscriber270(Member270 subscriber, List<Member270> dependents) {

    public Subscriber270 {
        dependents = dependents == null ? List.of() : List.copyOf(dependents);
    }
}
