package io.revcycle.x12.status;

import java.util.List;

import io.revcycle.x12.eligibility.Demographics;
import io.revcycle.x12.eligibility.EntityName;

/** Loop 2000E/2100E of a 276: a patient who is not the subscriber (NM1*QC), with their claims. */
public record Dependent276(Demographics demographics, EntityName name, List<ClaimInquiry276> claims) {

    public Dependent276 {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }
}
