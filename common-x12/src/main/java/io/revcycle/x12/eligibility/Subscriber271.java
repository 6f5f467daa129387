package io.revcycle.x12.eligibility;

import java.util.List;

/** Loop 2000C of a 271: the subscriber and the dependents (2000D) answered under them. */
public record Subscriber271(Member271 subscriber, List<Member271> dependents) {

    public Subscriber271 {
        dependents = dependents == null ? List.of() : List.copyOf(dependents);
    }
}
