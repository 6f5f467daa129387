package io.revcycle.x12.status;

import java.util.List;

import io.revcycle.x12.eligibility.EntityName;

/** Loop 2000B/2100B of a 276: the information receiver (NM1*41, the submitter). */
public record Receiver276(EntityName name, List<Provider276> providers) {

    public Receiver276 {
        providers = providers == null ? List.of() : List.copyOf(providers);
    }
}
