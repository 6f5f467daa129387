package io.revcycle.x12.eligibility;

import java.util.List;

/**
 * Loop 2120C/2120D of a 271 (between LS*2120 and LE*2120): a party related to a benefit, e.g. the primary care
 * provider (P3) or another payer (PR), with NM110 relationship code, address, contacts and provider information.
 */
public record RelatedEntity(EntityName name, String relationshipCode, Address address, List<Contact> contacts,
        ProviderInfo provider) {

    public RelatedEntity {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
