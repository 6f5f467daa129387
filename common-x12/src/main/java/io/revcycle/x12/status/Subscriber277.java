package io.revcycle.x12.status;

import java.util.List;

import io.revcycle.x12.eligibility.EntityName;

/** Loop 2000D/2100D of a 277: the subscriber, their claim statuses when they are the patient, and dependents. */
public record Subscriber277(EntityName name, List<ClaimStatus277> claims, List<Dependent277> dependents) {

    public Subscriber277 {
        claims = claims == null ? List.of() : List.copyOf(claims);
        dependents = dependents == null ? List.of() : List.copyOf(dependents);
    }
}
