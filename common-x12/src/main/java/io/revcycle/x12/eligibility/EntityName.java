package io.revcycle.x12.eligibility;

/**
 * An NM1 name: who (NM101 entity identifier code, NM102 1 = person / 2 = non-person), the name, and the identifier
 * (NM108 qualifier, NM109 code). Absent parts are null.
 */
public record EntityName(String entityCode, String entityType, String lastOrOrganizationName, String firstName,
        String middleName, String suffix, String idQualifier, String id) {

    public static EntityName organization(String entityCode, String name, String idQualifier, String id) {
        return new EntityName(entityCode, "2", name, null, null, null, idQualifier, id);
    }

    public static EntityName person(String entityCode, String last, String first, String idQualifier, String id) {
        return new EntityName(entityCode, "1", last, first, null, null, idQualifier, id);
    }
}
