package io.revcycle.x12.claim;

import java.util.List;

/**
 * A provider or location loop (2010AA, 2010AC, 2310A-F, 2330C-I, 2420A-H): its NM1 name (NM101 tells the role, e.g.
 * "82" rendering, "DN" referring, "77" service facility), taxonomy (PRV03) where the loop has a PRV, address,
 * secondary identifiers and contacts.
 */
public record Provider(Name name, String taxonomy, Address address, List<Reference> references,
        List<Contact> contacts) {

    public Provider {
        references = List.copyOf(references);
        contacts = List.copyOf(contacts);
    }

    public static Provider of(Name name) {
        return new Provider(name, null, null, List.of(), List.of());
    }

    /** NM101, e.g. "82" rendering; null when the loop had no name. */
    public String role() {
        return name == null ? null : name.entity();
    }
}
