package io.revcycle.x12.status;

import java.util.List;

import io.revcycle.x12.eligibility.Demographics;
import io.revcycle.x12.eligibility.EntityName;

/**
 * Loop 2000D/2100D of a 276: the subscriber (NM1*IL), their claims when they are the patient, and dependents.
 * {@code demographics} (DMG) is required when the subscriber is the patient.
 */
public record Subscriber276(Demographics demographics, EntityName name, List<ClaimInquiry276> claims,
        List<Dependent276> dependents) {

    public Subscriber276 {
        claims = claims == null ? List.of() : List.copyOf(claims);
        dependents = dependents == null ? List.of() : List.copyOf(dependents);
    }
}
