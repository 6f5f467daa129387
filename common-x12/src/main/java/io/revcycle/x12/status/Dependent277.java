package io.revcycle.x12.status;

import java.util.List;

import io.revcycle.x12.eligibility.EntityName;

/** Loop 2000E/2100E of a 277: a patient who is not the subscriber (NM1*QC), with their claim statuses. */
public record Dependent277(EntityName name, List<ClaimStatus277> claims) {

    public Dependent277 {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }
}
