package io.revcycle.audit;

/** What a call did, with its FHIR AuditEvent.action code and its BALP restful-interaction subtype. */
public enum AuditAction {
    CREATE("C", "create"),
    READ("R", "read"),
    UPDATE("U", "update"),
    DELETE("D", "delete"),
    EXECUTE("E", "operation");

    private final String fhirCode;
    private final String restfulInteraction;

    AuditAction(String fhirCode, String restfulInteraction) {
        this.fhirCode = fhirCode;
        this.restfulInteraction = restfulInteraction;
    }

    public String fhirCode() {
        return fhirCode;
    }

    public String restfulInteraction() {
        return restfulInteraction;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static AuditAction of(String httpMethod, boolean operation) {
        if (operation) {
            return EXECUTE;
        }
        switch (httpMethod) {
            case "GET":
            case "HEAD":
                return READ;
            case "POST":
                return CREATE;
            case "PUT":
            case "PATCH":
                return UPDATE;
            case "DELETE":
                return DELETE;
            default:
                return EXECUTE;
        }
    }

    public static AuditAction fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
