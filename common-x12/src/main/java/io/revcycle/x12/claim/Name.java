package io.revcycle.x12.claim;

/**
 * An NM1 name: the entity (NM101, e.g. "85" billing provider, "IL" subscriber), person or organisation (NM102 "1"/"2"),
 * names and the identifier (NM108 qualifier, e.g. "XX" NPI or "MI" member id, NM109 value). Absent parts are null.
 */
public record Name(String entity, String entityType, String lastOrOrganization, String first, String middle,
        String suffix, String idQualifier, String id) {

    public static Name organization(String entity, String name, String idQualifier, String id) {
        return new Name(entity, "2", name, null, null, null, idQualifier, id);
    }

    public static Name person(String entity, String last, String first, String idQualifier, String id) {
        return new Name(entity, "1", last, first, null, null, idQualifier, id);
    }

    public boolean isPerson() {
        return "1".equals(entityType);
    }
}
