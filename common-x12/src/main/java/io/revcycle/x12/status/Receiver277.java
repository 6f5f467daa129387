package io.revcycle.x12.status;

import java.util.List;

import io.revcycle.x12.eligibility.EntityName;

/** Loop 2000B/2100B of a 277: the information receiver (NM1*41). */
public record Receiver277(EntityName name, List<Provider277> providers) {

    public Receiver277 {
        providers = providers == null ? List.of() : List.copyOf(providers);
    }
}
