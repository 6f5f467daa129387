package io.revcycle.x12.eligibility;

import java.util.List;

/** Loop 2000B/2100B of a 270: the information receiver (usually the provider asking) and its subscribers. */
public record Receiver270(EntityName name, List<Reference> references, Address address, ProviderInfo provider,
        List<Subscriber270> subscribers) {

    public Receiver270 {
        references = references == null ? List.of() : List.copyOf(references);
        subscribers = subscribers == null ? List.of() : List.copyOf(subscribers);
    }
}
