package io.revcycle.x12.eligibility;

import java.util.List;

/** Loop 2000B/2100B of a 271: the information receiver, its rejections (AAA) and its subscribers. */
public record Receiver271(EntityName name, List<Reference> references, Address address, List<Rejection> rejections,
        ProviderInfo provider, List<Subscriber271> subscribers) {

    public Receiver271 {
        references = references == null ? List.of() : List.copyOf(references);
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
        subscribers = subscribers == null ? List.of() : List.copyOf(subscribers);
    }
}
